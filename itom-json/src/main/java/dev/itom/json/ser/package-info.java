/** Internal: the hand-written streaming serializers of the {@code itom/1} format. */
@NullMarked
package dev.itom.json.ser;

import org.jspecify.annotations.NullMarked;
