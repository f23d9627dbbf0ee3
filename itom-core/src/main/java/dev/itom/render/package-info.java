/**
 * Pictures of an operating model: the value-chain map as SVG ({@link dev.itom.render.SvgRenderer}),
 * Mermaid flowchart text ({@link dev.itom.render.MermaidRenderer}), Graphviz DOT text ({@link
 * dev.itom.render.DotRenderer}) and a self-contained HTML report ({@link
 * dev.itom.render.HtmlReport}); {@link dev.itom.render.Format} picks one by name.
 *
 * <p>Every string of a model is treated as untrusted text: it is escaped for the target format,
 * characters that XML does not allow are replaced, and no model text ever lands in a script, a
 * style sheet, a comment, a CDATA section or a link. Output is deterministic: the same model gives
 * the same characters.
 *
 * <p>Every parameter and return value is non-null; public methods reject null with a {@link
 * NullPointerException}.
 */
@NullMarked
package dev.itom.render;

import org.jspecify.annotations.NullMarked;
