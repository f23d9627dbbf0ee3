/** Internal: the hand-written streaming deserializers of the {@code itom/1} format. */
@NullMarked
package dev.itom.json.deser;

import org.jspecify.annotations.NullMarked;
