package dev.itom.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Finding;
import dev.itom.rules.Rule;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Assertions shared by the rule tests. */
public final class RuleAssertions {
  private RuleAssertions() {}

  /** Asserts that {@code rule} finds exactly one thing in {@code model} and returns it. */
  public static Finding onlyFinding(Rule rule, OperatingModel model) {
    List<Finding> findings = rule.check(model);
    assertThat(findings).as("findings of %s", rule.id()).hasSize(1);
    return findings.get(0);
  }

  /** Asserts every field of a finding; the message must contain each of {@code messageParts}. */
  public static void assertFinding(
      Finding finding, Rule rule, @Nullable String elementId, String path, String... messageParts) {
    assertThat(finding.ruleId()).isEqualTo(rule.id());
    assertThat(finding.severity()).isEqualTo(rule.defaultSeverity());
    if (elementId == null) {
      assertThat(finding.elementId()).isEmpty();
    } else {
      assertThat(finding.elementId()).contains(elementId);
    }
    assertThat(finding.pointer()).isEqualTo(path);
    assertThat(finding.message()).contains(messageParts);
  }

  /** Asserts that {@code rule} finds nothing in {@code model}. */
  public static void assertPasses(Rule rule, OperatingModel model) {
    assertThat(rule.check(model)).as("findings of %s", rule.id()).isEmpty();
  }
}
