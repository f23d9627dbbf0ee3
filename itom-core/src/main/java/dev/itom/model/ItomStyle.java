package dev.itom.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated implementations are package-private and never
 * appear in signatures; the public API is the abstract value types and their nested {@code Builder}
 * classes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = false,
    from = "copyFrom",
    allParameters = true,
    defaults = @Value.Immutable(copy = true))
@interface ItomStyle {}
