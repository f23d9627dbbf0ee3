/**
 * The IT operating model as immutable values: {@link dev.itom.model.OperatingModel} and its
 * elements, the fluent {@link dev.itom.model.OperatingModelBuilder}, and the invariants every model
 * satisfies ({@link dev.itom.model.InvalidModelException}).
 *
 * <p>Every parameter and return value is non-null unless annotated otherwise; public methods reject
 * null with a {@link NullPointerException}.
 */
@NullMarked
@ItomStyle
package dev.itom.model;

import org.jspecify.annotations.NullMarked;
