/**
 * Rules that judge an operating model that satisfies every invariant but may still be weak: a
 * {@link dev.itom.rules.Rule} checks a model and returns {@link dev.itom.rules.Finding findings};
 * a {@link dev.itom.rules.RuleSet} runs many rules and gives a {@link dev.itom.rules.Report}.
 */
@NullMarked
package dev.itom.rules;

import org.jspecify.annotations.NullMarked;
