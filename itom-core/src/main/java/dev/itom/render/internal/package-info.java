/**
 * The value-chain map's geometry for itom's own exporters (not exported by the module): where the
 * SVG map puts each band, row, stage, support process, KPI and alignment, so that another format
 * can draw the same picture without laying it out again.
 */
@NullMarked
package dev.itom.render.internal;

import org.jspecify.annotations.NullMarked;
