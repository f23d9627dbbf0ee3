package dev.itom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.ValueChainKind;
import dev.itom.templates.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  /** Breaks R03 (error), R04 (warning) and R16 (info) once each, and nothing else that errs. */
  private static final OperatingModel WEAK =
      Templates.referenceModel().toBuilder()
          .role("idle", "Idle role")
          .orderToCash(
              "o2c-b",
              "Second order to cash",
              c -> c.stage("o2c-b.order", "Order", s -> s.answers("At what cost?", "By when?")))
          .valueChain(ValueChainKind.CUSTOM, "empty", "Empty chain", c -> {})
          .kpi("kpi.o2c-b", "Second orders", k -> k.target("1").baseline("0").measures("o2c-b"))
          .build();

  private static final Rule OFFERING_CATEGORY =
      Rule.of(
          "ACME-1",
          Severity.WARNING,
          "Every offering has a category.",
          (model, findings) -> {
            for (Offering offering : model.offerings()) {
              if (offering.category().isEmpty()) {
                findings.report(
                    offering.id(),
                    model.pathOf(offering.id()).orElseThrow() + "/category",
                    "offering has no category; set one");
              }
            }
          });

  @Test
  void theStandardSetFindsEachWeaknessOnceInAStableOrderWithCounts() {
    Report report = Rules.standard().check(WEAK);
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::severity, Finding::pointer)
        .containsExactly(
            tuple("ITOM-R03", Severity.ERROR, "/valueChains/3/stages"),
            tuple("ITOM-R04", Severity.WARNING, "/valueChains/2/stages/0/owner"),
            tuple("ITOM-R16", Severity.INFO, "/roles/10"));
    assertThat(report.counts())
        .containsExactly(
            entry(Severity.ERROR, 1), entry(Severity.WARNING, 1), entry(Severity.INFO, 1));
    assertThat(report.hasErrors()).isTrue();
    assertThat(Rules.standard().check(WEAK)).isEqualTo(report);
  }

  @Test
  void theReferenceModelHasNoErrors() {
    Report report = Rules.standard().check(Templates.referenceModel());
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.count(Severity.ERROR)).isZero();
  }

  @Test
  void aUserDefinedLambdaRuleRunsAfterTheBuiltInOnes() {
    OperatingModel model =
        Templates.referenceModel().toBuilder()
            .offering(
                "plain",
                "Plain",
                o ->
                    o.owner("service-owner")
                        .consumers("sales")
                        .realizedBy("o2c.fulfil")
                        .option("plain.std", "Standard", opt -> opt.free().leadTime("P1D")))
            .build();
    RuleSet rules = Rules.standard().with(OFFERING_CATEGORY);
    assertThat(rules.rules()).last().isSameAs(OFFERING_CATEGORY);
    Report report = rules.check(model);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ACME-1");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.elementId()).contains("plain");
              assertThat(f.pointer()).isEqualTo("/offerings/2/category");
              assertThat(f.message()).isEqualTo("offering has no category; set one");
            });
  }

  @Test
  void aRuleSwitchedOffDoesNotRun() {
    RuleSet rules = Rules.standard().without("ITOM-R03", "ITOM-R16");
    assertThat(rules.ruleIds()).hasSize(20).doesNotContain("ITOM-R03", "ITOM-R16");
    Report report = rules.check(WEAK);
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("ITOM-R04");
    assertThat(report.hasErrors()).isFalse();
    assertThat(Rules.standard().ruleIds()).hasSize(22);
  }

  @Test
  void aChangedSeverityAppliesToEveryFindingOfTheRuleAndReordersTheReport() {
    RuleSet rules =
        Rules.standard()
            .withSeverity("ITOM-R16", Severity.ERROR)
            .withSeverity("ITOM-R03", Severity.INFO);
    assertThat(rules.severityOf("ITOM-R16")).isEqualTo(Severity.ERROR);
    assertThat(rules.severityOf("ITOM-R04")).isEqualTo(Severity.WARNING);
    assertThat(Rules.standard().severityOf("ITOM-R16")).isEqualTo(Severity.INFO);
    assertThat(rules.check(WEAK).findings())
        .extracting(Finding::ruleId, Finding::severity)
        .containsExactly(
            tuple("ITOM-R16", Severity.ERROR),
            tuple("ITOM-R04", Severity.WARNING),
            tuple("ITOM-R03", Severity.INFO));
    assertThat(
            rules.withSeverity("ITOM-R16", Severity.INFO).withSeverity("ITOM-R03", Severity.ERROR))
        .isEqualTo(Rules.standard());
  }

  @Test
  void theSeverityOfAUserRuleCanBeChangedToo() {
    OperatingModel model =
        Templates.referenceModel().toBuilder()
            .offering(
                "plain",
                "Plain",
                o ->
                    o.owner("service-owner")
                        .consumers("sales")
                        .realizedBy("o2c.fulfil")
                        .option("plain.std", "Standard", opt -> opt.free().leadTime("P1D")))
            .build();
    Report report =
        RuleSet.of(OFFERING_CATEGORY).withSeverity("ACME-1", Severity.ERROR).check(model);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
  }

  @Test
  void unknownRuleIdsAreRejectedWithTheKnownIds() {
    assertThatThrownBy(() -> Rules.standard().without("ITOM-R01", "ITOM-R99"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no rule has id \"ITOM-R99\"; the rule set has ITOM-R01, ITOM-R02,")
        .hasMessageEndingWith("ITOM-R22");
    assertThatThrownBy(() -> Rules.standard().withSeverity("R4", Severity.ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"R4\"")
        .hasMessageContaining("ITOM-R04");
    assertThatThrownBy(() -> RuleSet.empty().severityOf("ITOM-R01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has id \"ITOM-R01\"; the rule set has no rules");
  }

  @Test
  void aSecondRuleWithTheSameIdIsRejected() {
    Rule clash = Rule.of("ITOM-R04", Severity.INFO, "Mine.", (model, findings) -> {});
    assertThatThrownBy(() -> Rules.standard().with(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has a rule with id \"ITOM-R04\"")
        .hasMessageContaining("without(\"ITOM-R04\")");
    RuleSet replaced = Rules.standard().without("ITOM-R04").with(clash);
    assertThat(replaced.rule("ITOM-R04")).containsSame(clash);
  }

  @Test
  void aRuleThatReportsUnderAnotherIdIsRejected() {
    Rule liar =
        new Rule() {
          @Override
          public String id() {
            return "MINE";
          }

          @Override
          public Severity defaultSeverity() {
            return Severity.INFO;
          }

          @Override
          public String summary() {
            return "Pretends.";
          }

          @Override
          public List<Finding> check(OperatingModel model) {
            return List.of(Finding.ofModel("ITOM-R01", Severity.INFO, "", "x"));
          }
        };
    assertThatThrownBy(() -> RuleSet.of(liar).check(Templates.referenceModel()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "rule MINE returned a finding of rule ITOM-R01; every finding of a rule carries that"
                + " rule's id");
  }

  @Test
  void aRuleSetIsImmutable() {
    RuleSet standard = Rules.standard();
    standard.without("ITOM-R01");
    standard.withSeverity("ITOM-R01", Severity.ERROR);
    standard.with(OFFERING_CATEGORY);
    assertThat(standard.ruleIds()).hasSize(22);
    assertThat(standard.severityOf("ITOM-R01")).isEqualTo(Severity.WARNING);
    assertThat(standard.rule("ACME-1")).isEmpty();
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> Rules.standard().check(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rules.standard().withSeverity("ITOM-R01", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rules.CORE_CHAINS_PRESENT.check(null))
        .isInstanceOf(NullPointerException.class);
  }
}
