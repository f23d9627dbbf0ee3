/** Small runnable programs that show how to use itom as a library. */
@NullMarked
package dev.itom.examples;

import org.jspecify.annotations.NullMarked;
