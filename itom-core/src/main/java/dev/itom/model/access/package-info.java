/**
 * The model's door for itom's own modules: creating elements from all their attributes at once,
 * without a builder, for the readers of {@code itom-json}. Not API: the module exports this package
 * to itom's own modules only, and nothing here is covered by any compatibility promise.
 */
@NullMarked
package dev.itom.model.access;

import org.jspecify.annotations.NullMarked;
