package dev.itom.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.itom.model.OperatingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, ordered set of {@link Rule rules}, each with the severity it reports at, that
 * judges a model in one call: {@link #check(OperatingModel)}.
 *
 * <p>Start from {@link Rules#standard()} or {@link #of(Rule...)}; every change returns a new set
 * and leaves this one untouched:
 *
 * <pre>{@code
 * RuleSet rules = Rules.standard()
 *     .without("ITOM-R16")                          // switch a rule off
 *     .withSeverity("ITOM-R04", Severity.ERROR)     // make a rule stricter
 *     .with(Rule.of("ACME-1", Severity.WARNING, "Every offering has a category.",
 *         (model, findings) -> { ... }));            // add your own
 * Report report = rules.check(model);
 * }</pre>
 *
 * <p>A set is thread-safe; so is {@link #check(OperatingModel)} when its rules are.
 *
 * @since 0.1
 */
public final class RuleSet {
  private static final RuleSet EMPTY = new RuleSet(ImmutableMap.of(), ImmutableMap.of());

  private final ImmutableMap<String, Rule> rules;
  private final ImmutableMap<String, Severity> severities;

  private RuleSet(ImmutableMap<String, Rule> rules, ImmutableMap<String, Severity> severities) {
    this.rules = rules;
    this.severities = severities;
  }

  /**
   * Returns the set with no rules.
   *
   * @return the empty set
   */
  public static RuleSet empty() {
    return EMPTY;
  }

  /**
   * Returns a set of the given rules, in the given order, each at its default severity.
   *
   * @param rules the rules
   * @return the set
   * @throws NullPointerException if {@code rules} or one of them is null
   * @throws IllegalArgumentException if two rules have the same id, or a rule's id is blank
   */
  public static RuleSet of(Rule... rules) {
    checkNotNull(rules, "rules");
    return EMPTY.with(rules);
  }

  /**
   * Returns a set of the given rules, in the given order, each at its default severity.
   *
   * @param rules the rules
   * @return the set
   * @throws NullPointerException if {@code rules} or one of them is null
   * @throws IllegalArgumentException if two rules have the same id, or a rule's id is blank
   */
  public static RuleSet of(Iterable<? extends Rule> rules) {
    checkNotNull(rules, "rules");
    return EMPTY.with(ImmutableList.copyOf(rules).toArray(new Rule[0]));
  }

  /**
   * Returns the rules of this set, in the order they run.
   *
   * @return the rules
   */
  public ImmutableList<Rule> rules() {
    return rules.values().asList();
  }

  /**
   * Returns the ids of the rules of this set, in order.
   *
   * @return the rule ids
   */
  public ImmutableSet<String> ruleIds() {
    return rules.keySet();
  }

  /**
   * Returns the rule with the given id.
   *
   * @param ruleId a rule id
   * @return the rule, or empty if this set has none with that id
   * @throws NullPointerException if {@code ruleId} is null
   */
  public Optional<Rule> rule(String ruleId) {
    return Optional.ofNullable(rules.get(checkNotNull(ruleId, "ruleId")));
  }

  /**
   * Returns the severity a rule of this set reports at: its default unless {@link
   * #withSeverity(String, Severity)} changed it.
   *
   * @param ruleId the id of a rule of this set
   * @return the severity
   * @throws NullPointerException if {@code ruleId} is null
   * @throws IllegalArgumentException if this set has no rule with that id; the message lists the
   *     known ids
   */
  public Severity severityOf(String ruleId) {
    Rule rule = known(ruleId);
    Severity changed = severities.get(ruleId);
    return changed != null ? changed : rule.defaultSeverity();
  }

  /**
   * Returns this set without the given rules.
   *
   * @param ruleIds ids of rules of this set
   * @return a set without those rules
   * @throws NullPointerException if {@code ruleIds} or one of them is null
   * @throws IllegalArgumentException if an id names no rule of this set; the message lists the
   *     known ids
   */
  public RuleSet without(String... ruleIds) {
    checkNotNull(ruleIds, "ruleIds");
    for (String ruleId : ruleIds) {
      known(ruleId);
    }
    List<String> removed = Arrays.asList(ruleIds);
    Map<String, Rule> kept = new LinkedHashMap<>(rules);
    Map<String, Severity> keptSeverities = new LinkedHashMap<>(severities);
    kept.keySet().removeAll(removed);
    keptSeverities.keySet().removeAll(removed);
    return new RuleSet(ImmutableMap.copyOf(kept), ImmutableMap.copyOf(keptSeverities));
  }

  /**
   * Returns this set with a rule reporting at another severity.
   *
   * @param ruleId the id of a rule of this set
   * @param severity the severity its findings get from now on
   * @return a set where that rule reports at {@code severity}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ruleId} names no rule of this set; the message lists
   *     the known ids
   */
  public RuleSet withSeverity(String ruleId, Severity severity) {
    checkNotNull(severity, "severity");
    Rule rule = known(ruleId);
    Map<String, Severity> changed = new LinkedHashMap<>(severities);
    if (severity == rule.defaultSeverity()) {
      changed.remove(ruleId);
    } else {
      changed.put(ruleId, severity);
    }
    return new RuleSet(rules, ImmutableMap.copyOf(changed));
  }

  /**
   * Returns this set with more rules, for example user-defined ones made with {@link
   * Rule#of(String, Severity, String, Rule.Check)}; they run after the rules already in the set.
   *
   * @param added the rules to add
   * @return a set with those rules added
   * @throws NullPointerException if {@code added} or one of them is null
   * @throws IllegalArgumentException if a rule's id is blank or already in the set; to replace a
   *     rule, call {@link #without(String...)} first
   */
  public RuleSet with(Rule... added) {
    checkNotNull(added, "rules");
    Map<String, Rule> all = new LinkedHashMap<>(rules);
    for (Rule rule : added) {
      checkNotNull(rule, "rule");
      String id = checkNotNull(rule.id(), "id of rule %s", rule);
      checkArgument(!id.isBlank(), "rule %s has a blank id; give every rule an id", rule);
      checkArgument(
          !all.containsKey(id),
          "the rule set already has a rule with id \"%s\"; give the new rule another id, or"
              + " call without(\"%s\") first to replace it",
          id,
          id);
      all.put(id, rule);
    }
    return new RuleSet(ImmutableMap.copyOf(all), severities);
  }

  /**
   * Runs every rule of this set over a model.
   *
   * @param model the model to judge
   * @return the report of every finding, in a stable order
   * @throws NullPointerException if {@code model} is null
   * @throws IllegalStateException if a rule returns null or a finding that carries another rule's
   *     id; the message names the rule
   */
  public Report check(OperatingModel model) {
    checkNotNull(model, "model");
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules.values()) {
      List<Finding> found = rule.check(model);
      if (found == null) {
        throw new IllegalStateException(
            "rule "
                + rule.id()
                + " returned null; a rule returns an empty list when the model"
                + " passes");
      }
      Severity changed = severities.get(rule.id());
      for (Finding finding : found) {
        if (finding == null || !finding.ruleId().equals(rule.id())) {
          throw new IllegalStateException(
              "rule "
                  + rule.id()
                  + " returned "
                  + (finding == null ? "a null finding" : "a finding of rule " + finding.ruleId())
                  + "; every finding of a rule carries that rule's id");
        }
        findings.add(changed == null ? finding : finding.withSeverity(changed));
      }
    }
    return Report.of(findings);
  }

  private Rule known(String ruleId) {
    checkNotNull(ruleId, "ruleId");
    Rule rule = rules.get(ruleId);
    if (rule == null) {
      throw new IllegalArgumentException(
          "no rule has id \""
              + ruleId
              + "\"; the rule set has "
              + (rules.isEmpty() ? "no rules" : String.join(", ", rules.keySet())));
    }
    return rule;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof RuleSet that)) {
      return false;
    }

    return rules.equals(that.rules) && severities.equals(that.severities);
  }

  @Override
  public int hashCode() {
    return rules.hashCode() * 31 + severities.hashCode();
  }

  /** Returns the rule ids and their severities, for debugging. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RuleSet[");
    boolean first = true;
    for (String id : rules.keySet()) {
      out.append(first ? "" : ", ").append(id).append('=').append(severityOf(id).code());
      first = false;
    }
    return out.append(']').toString();
  }
}
