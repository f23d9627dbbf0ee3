/**
 * Ready starting models, such as the reference two-core operating model returned by {@link
 * dev.itom.templates.Templates#referenceModel()}, and generated sample models of any size ({@link
 * dev.itom.templates.Templates#sample(int)}).
 */
@NullMarked
package dev.itom.templates;

import org.jspecify.annotations.NullMarked;
