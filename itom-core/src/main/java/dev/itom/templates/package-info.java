/**
 * Ready starting models, such as the reference two-core operating model returned by {@link
 * dev.itom.templates.Templates#referenceModel()}.
 */
@NullMarked
package dev.itom.templates;

import org.jspecify.annotations.NullMarked;
