package dev.itom.rules;

import dev.itom.model.OperatingModel;
import java.util.List;

/**
 * A rule that judges an operating model. A lambda is enough for a user-defined rule; wrap it with
 * {@link #of(String, Severity, String, Rule.Check)} to give it an id, a severity and a summary.
 *
 * <p>Implementations must be thread-safe and linear in the size of the model: use the model's index
 * ({@link OperatingModel#element(String)} and the navigation methods), never a nested scan.
 *
 * @since 0.1
 */
public interface Rule {
  /**
   * Returns the stable id of this rule, for example {@code ITOM-R02}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a short kebab-case name of this rule, for people, for example {@code
   * core-chains-interconnected}. The {@link #id()} is what stays stable; the name may be refined.
   *
   * @return the name; the id unless the rule has a name of its own
   */
  default String name() {
    return id();
  }

  /**
   * Returns the severity of this rule's findings unless a {@link RuleSet} overrides it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Returns a one-line summary of what this rule expects of a model.
   *
   * @return the summary
   */
  String summary();

  /**
   * Checks a model.
   *
   * @param model the model to judge
   * @return the findings, in model order, each with this rule's id; empty when the model passes
   * @throws NullPointerException if {@code model} is null
   */
  List<Finding> check(OperatingModel model);

  /**
   * The check of a user-defined rule: builds findings of a model.
   *
   * @since 0.1
   */
  @FunctionalInterface
  interface Check {
    /**
     * Checks a model.
     *
     * @param model the model
     * @param findings collects findings
     */
    void check(OperatingModel model, FindingSink findings);
  }

  /**
   * Collects the findings of one rule, stamping each with the rule's id and severity.
   *
   * @since 0.1
   */
  interface FindingSink {
    /**
     * Reports a finding about an element.
     *
     * @param elementId the element's id
     * @param path the JSON Pointer of the element or value
     * @param message what is wrong and what to do
     * @throws NullPointerException if an argument is null
     */
    void report(String elementId, String path, String message);

    /**
     * Reports a finding about the model or something without an id.
     *
     * @param path the JSON Pointer, {@code ""} for the whole model
     * @param message what is wrong and what to do
     * @throws NullPointerException if an argument is null
     */
    void reportModel(String path, String message);
  }

  /**
   * Returns a rule from a lambda.
   *
   * @param id the stable id of the rule
   * @param severity its default severity
   * @param summary a one-line summary
   * @param check the check
   * @return the rule
   * @throws NullPointerException if an argument is null
   */
  static Rule of(String id, Severity severity, String summary, Check check) {
    return new LambdaRule(id, severity, summary, check);
  }
}
