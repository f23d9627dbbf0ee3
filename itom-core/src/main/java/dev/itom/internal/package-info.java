/**
 * Helpers shared by itom's own packages and modules: message text and JSON Pointers. Not API: the
 * module exports this package to itom's own modules only, and nothing here is covered by any
 * compatibility promise.
 */
@NullMarked
package dev.itom.internal;

import org.jspecify.annotations.NullMarked;
