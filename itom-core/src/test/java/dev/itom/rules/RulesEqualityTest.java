package dev.itom.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Equality of the value types of the rules API: Finding, Report and RuleSet. */
class RulesEqualityTest {

  @Test
  void findingEquality() {
    Finding finding = Finding.of("ITOM-R01", Severity.ERROR, "s", "/valueChains/0", "fix it");
    new EqualsTester()
        .addEqualityGroup(
            finding,
            Finding.of("ITOM-R01", Severity.ERROR, "s", "/valueChains/0", "fix it"),
            finding.withSeverity(Severity.ERROR),
            finding.withSeverity(Severity.INFO).withSeverity(Severity.ERROR),
            Finding.deferred("ITOM-R01", Severity.ERROR, "s", "/valueChains/0", () -> "fix it"),
            Finding.deferred("ITOM-R01", Severity.WARNING, "s", "/valueChains/0", () -> "fix it")
                .withSeverity(Severity.ERROR))
        .addEqualityGroup(Finding.of("ITOM-R02", Severity.ERROR, "s", "/valueChains/0", "fix it"))
        .addEqualityGroup(finding.withSeverity(Severity.WARNING))
        .addEqualityGroup(Finding.of("ITOM-R01", Severity.ERROR, "t", "/valueChains/0", "fix it"))
        .addEqualityGroup(Finding.of("ITOM-R01", Severity.ERROR, "s", "/valueChains/1", "fix it"))
        .addEqualityGroup(Finding.of("ITOM-R01", Severity.ERROR, "s", "/valueChains/0", "other"))
        // a finding about the model differs from one about an element, even with equal texts
        .addEqualityGroup(
            Finding.ofModel("ITOM-R01", Severity.ERROR, "/valueChains/0", "fix it"),
            Finding.ofModel("ITOM-R01", Severity.ERROR, "/valueChains/0", "fix it"))
        .testEquals();
  }

  @Test
  void aDeferredMessageIsWrittenOnceWhenFirstAskedFor() {
    AtomicInteger written = new AtomicInteger();
    Finding finding =
        Finding.deferred(
            "ITOM-R07",
            Severity.ERROR,
            "s",
            "/valueChains/0",
            () -> "fix " + written.incrementAndGet());
    Finding warning = finding.withSeverity(Severity.WARNING);
    assertThat(written).hasValue(0);
    assertThat(finding.message()).isEqualTo("fix 1");
    assertThat(finding.message()).isEqualTo("fix 1");
    assertThat(finding).hasToString("error ITOM-R07 /valueChains/0: fix 1");
    assertThat(written).hasValue(1);
    // a copy made before the message was written writes its own, from the same source
    assertThat(warning.message()).isEqualTo("fix 2");
    assertThat(finding.withSeverity(Severity.INFO).message()).isEqualTo("fix 1");
  }

  @Test
  void reportEqualityIsByItsSortedFindings() {
    Finding error = Finding.ofModel("ITOM-R01", Severity.ERROR, "", "no core chains");
    Finding warning = Finding.ofModel("ITOM-R05", Severity.WARNING, "", "no governing process");
    Finding info = Finding.of("ITOM-R20", Severity.INFO, "k", "/kpis/0", "no target");
    new EqualsTester()
        .addEqualityGroup(
            Report.of(List.of(error, warning, info)),
            // the report sorts its findings, so the given order does not matter across rules
            Report.of(List.of(info, warning, error)),
            Report.of(List.of(warning, error, info)))
        .addEqualityGroup(Report.of(List.of()), Report.of(List.of()))
        .addEqualityGroup(Report.of(List.of(error)))
        .addEqualityGroup(Report.of(List.of(error, error)))
        .addEqualityGroup(Report.of(List.of(error, warning.withSeverity(Severity.ERROR), info)))
        .testEquals();
  }

  @Test
  void ruleSetEqualityIsByRulesAndSeverities() {
    Rule custom = Rule.of("MY-1", Severity.INFO, "custom", (model, findings) -> {});
    RuleSet standard = Rules.standard();
    String first = standard.ruleIds().iterator().next();
    Severity other = standard.severityOf(first) == Severity.INFO ? Severity.ERROR : Severity.INFO;
    new EqualsTester()
        .addEqualityGroup(
            standard,
            Rules.standard(),
            standard.withSeverity(first, other).withSeverity(first, standard.severityOf(first)))
        .addEqualityGroup(
            standard.withSeverity(first, other), Rules.standard().withSeverity(first, other))
        .addEqualityGroup(standard.without(first))
        .addEqualityGroup(standard.with(custom), Rules.standard().with(custom))
        // a lambda rule is equal only to itself: another rule with the same id is another rule
        .addEqualityGroup(
            standard.with(Rule.of("MY-1", Severity.INFO, "custom", (model, findings) -> {})))
        .addEqualityGroup(
            RuleSet.empty(),
            RuleSet.of(),
            RuleSet.of(List.of()),
            standard.without(standard.ruleIds().toArray(new String[0])))
        .addEqualityGroup(RuleSet.of(custom), RuleSet.empty().with(custom))
        .testEquals();
  }
}
