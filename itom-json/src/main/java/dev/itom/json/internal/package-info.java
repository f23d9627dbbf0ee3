/**
 * Internal, not exported: the hand-written streaming reader and writer of the {@code itom/1} format
 * and the Jackson serializers and deserializer built on them. Only the public facade of {@code
 * dev.itom.json} uses this package; nothing here is API.
 */
@NullMarked
package dev.itom.json.internal;

import org.jspecify.annotations.NullMarked;
