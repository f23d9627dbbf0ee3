/**
 * Rules that judge an operating model that satisfies every invariant but may still be weak: a
 * {@link dev.itom.rules.Rule} checks a model and returns {@link dev.itom.rules.Finding findings}; a
 * {@link dev.itom.rules.RuleSet} runs many rules and gives a {@link dev.itom.rules.Report}, which
 * {@link dev.itom.rules.ReportText} renders for people.
 *
 * <p>{@link dev.itom.rules.Rules#standard()} is the set of built-in rules ({@code ITOM-R01} to
 * {@code ITOM-R18}, documented on the constants of {@link dev.itom.rules.Rules} and in {@code
 * docs/RULES.md}). A set can switch rules off, change a rule's severity and take user-defined rules
 * made of a lambda with {@link dev.itom.rules.Rule#of(String, dev.itom.rules.Severity, String,
 * dev.itom.rules.Rule.Check)}.
 */
@NullMarked
package dev.itom.rules;

import org.jspecify.annotations.NullMarked;
