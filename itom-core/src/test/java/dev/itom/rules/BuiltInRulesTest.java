package dev.itom.rules;

import static dev.itom.testing.RuleAssertions.assertFinding;
import static dev.itom.testing.RuleAssertions.assertPasses;
import static dev.itom.testing.RuleAssertions.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.ConsumerKind;
import dev.itom.model.Lifecycle;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.ValueChainKind;
import dev.itom.templates.Templates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * For each built-in rule: a model where it fires, asserting id, severity, element, path and
 * message, and models where it does not.
 */
class BuiltInRulesTest {

  /** A model with the two core chains, one stage each, linked by an artifact. */
  private static OperatingModelBuilder twoCore() {
    return OperatingModel.builder("m", "Model")
        .role("brm", "BRM")
        .role("owner", "Service owner")
        .consumer("staff", "Staff", ConsumerKind.EMPLOYEE_GROUP)
        .artifact("offer", "Service offer")
        .requirementToValue(
            "r2v",
            "Requirement to Value",
            c ->
                c.stage(
                    "r2v.deliver",
                    "Deliver",
                    s -> s.owner("owner").answers("Why is it needed?").produces("offer")))
        .orderToCash(
            "o2c",
            "Order to Cash",
            c ->
                c.stage(
                    "o2c.order",
                    "Order",
                    s -> s.owner("brm").answers("At what cost?", "By when?").consumes("offer")));
  }

  @Test
  void theReferenceModelPassesEveryBuiltInRule() {
    Report report = Rules.standard().check(Templates.referenceModel());
    assertThat(report.findings()).as(report.toText()).isEmpty();
  }

  @Test
  void everyBuiltInRuleHasAStableIdANameAndASummary() {
    List<Rule> rules = Rules.standard().rules();
    assertThat(rules).hasSize(22);
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      assertThat(rule.id()).isEqualTo(String.format("ITOM-R%02d", i + 1));
      assertThat(rule.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(rule.summary()).endsWith(".");
    }
    assertThat(Rules.CORE_CHAINS_INTERCONNECTED.defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(Rules.CHAIN_HAS_STAGES.defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(Rules.SINGLE_ACCOUNTABLE.defaultSeverity()).isEqualTo(Severity.ERROR);
  }

  @Nested
  class R01CoreChainsPresent {
    private final Rule rule = Rules.CORE_CHAINS_PRESENT;

    @Test
    void firesForAMissingOrderToCashChain() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .requirementToValue("r2v", "R2V", c -> c.stage("a", "A"))
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          null,
          "/valueChains",
          "no Order-to-Cash chain",
          "orderToCash(");
    }

    @Test
    void firesOnceForEachMissingChain() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .valueChain(ValueChainKind.CUSTOM, "c", "Custom", c -> c.stage("a", "A"))
              .build();
      assertThat(rule.check(model))
          .extracting(Finding::message)
          .satisfiesExactly(
              m -> assertThat(m).contains("no Requirement-to-Value chain"),
              m -> assertThat(m).contains("no Order-to-Cash chain"));
    }

    @Test
    void passesWithBothChains() {
      assertPasses(rule, twoCore().build());
    }
  }

  @Nested
  class R02CoreChainsInterconnected {
    private final Rule rule = Rules.CORE_CHAINS_INTERCONNECTED;

    private OperatingModelBuilder unlinked() {
      return OperatingModel.builder("m", "M")
          .artifact("x", "X")
          .artifact("y", "Y")
          .requirementToValue(
              "r2v", "R2V", c -> c.stage("r1", "R1", s -> s.produces("x")).stage("r2", "R2"))
          .orderToCash(
              "o2c", "O2C", c -> c.stage("o1", "O1", s -> s.produces("y")).stage("o2", "O2"));
    }

    @Test
    void firesAsAnErrorWhenTheChainsAreNotLinked() {
      Finding finding = onlyFinding(rule, unlinked().align("r1", "r2").align("o1", "o2").build());
      assertFinding(
          finding,
          rule,
          null,
          "/alignments",
          "\"r2v\"",
          "\"o2c\"",
          "are not interconnected",
          "align a stage of one with a stage of the other");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void anArtifactFlowingWithinOneChainDoesNotLink() {
      assertThat(rule.check(unlinked().build())).hasSize(1);
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .artifact("x", "X")
              .requirementToValue(
                  "r2v",
                  "R2V",
                  c ->
                      c.stage("r1", "R1", s -> s.produces("x"))
                          .stage("r2", "R2", s -> s.consumes("x")))
              .orderToCash("o2c", "O2C", c -> c.stage("o1", "O1"))
              .build();
      assertThat(rule.check(model)).hasSize(1);
    }

    @Test
    void passesWithAnAlignmentEitherWay() {
      assertPasses(rule, unlinked().align("r2", "o1").build());
      assertPasses(rule, unlinked().feedback("o2", "r1").build());
    }

    @Test
    void passesWithAnArtifactProducedInOneAndConsumedInTheOther() {
      OperatingModel r2vToO2c =
          OperatingModel.builder("m", "M")
              .artifact("x", "X")
              .requirementToValue("r2v", "R2V", c -> c.stage("r1", "R1", s -> s.produces("x")))
              .orderToCash("o2c", "O2C", c -> c.stage("o1", "O1", s -> s.consumes("x")))
              .build();
      assertPasses(rule, r2vToO2c);
      OperatingModel o2cToR2v =
          OperatingModel.builder("m", "M")
              .artifact("y", "Y")
              .requirementToValue("r2v", "R2V", c -> c.stage("r1", "R1", s -> s.consumes("y")))
              .orderToCash("o2c", "O2C", c -> c.stage("o1", "O1", s -> s.produces("y")))
              .build();
      assertPasses(rule, o2cToR2v);
    }

    @Test
    void anyChainOfACoreKindLinksAndACustomChainDoesNot() {
      OperatingModelBuilder twoBuilds =
          unlinked()
              .artifact("z", "Z")
              .requirementToValue("r2v-b", "R2V B", c -> c.stage("rb", "RB", s -> s.produces("z")))
              .valueChain(
                  ValueChainKind.CUSTOM,
                  "custom",
                  "Custom",
                  c -> c.stage("k", "K").stage("l", "L"));
      assertThat(rule.check(twoBuilds.build())).hasSize(1);
      assertThat(rule.check(twoBuilds.align("k", "o1").align("r1", "l").build())).hasSize(1);
      assertPasses(rule, twoBuilds.align("o2", "rb").build());
      OperatingModel throughArtifact =
          unlinked()
              .artifact("z", "Z")
              .requirementToValue("r2v-b", "R2V B", c -> c.stage("rb", "RB", s -> s.produces("z")))
              .orderToCash("o2c-b", "O2C B", c -> c.stage("ob", "OB", s -> s.consumes("z")))
              .build();
      assertPasses(rule, throughArtifact);
      OperatingModel throughCustom =
          unlinked()
              .valueChain(
                  ValueChainKind.CUSTOM,
                  "custom",
                  "Custom",
                  c -> c.stage("k", "K", s -> s.consumes("x")))
              .build();
      assertThat(rule.check(throughCustom)).hasSize(1);
    }

    @Test
    void leavesAMissingChainToR01() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .requirementToValue("r2v", "R2V", c -> c.stage("a", "A"))
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R03ChainHasStages {
    private final Rule rule = Rules.CHAIN_HAS_STAGES;

    @Test
    void firesAsAnErrorForAChainWithoutStages() {
      OperatingModel model =
          twoCore().valueChain(ValueChainKind.CUSTOM, "empty", "Empty", c -> {}).build();
      Finding finding = onlyFinding(rule, model);
      assertFinding(
          finding,
          rule,
          "empty",
          "/valueChains/2/stages",
          "value chain \"empty\" has no stages",
          "add its stages");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void passesWhenEveryChainHasStages() {
      assertPasses(rule, twoCore().build());
    }
  }

  @Nested
  class R04CoreStageOwner {
    private final Rule rule = Rules.CORE_STAGE_OWNER;

    @Test
    void firesAtTheOwnerFieldOfACoreStage() {
      OperatingModel model =
          twoCore()
              .orderToCash(
                  "o2c-2",
                  "Second O2C",
                  c -> c.stage("x1", "X1", s -> s.owner("brm")).stage("x2", "X2"))
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "x2",
          "/valueChains/2/stages/1/owner",
          "stage \"x2\" of the core chain \"o2c-2\" has no owner",
          "name the role");
    }

    @Test
    void ignoresStagesOfCustomChains() {
      OperatingModel model =
          twoCore().valueChain(ValueChainKind.CUSTOM, "c", "C", c -> c.stage("x", "X")).build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R05GoverningAndEnabling {
    private final Rule rule = Rules.GOVERNING_AND_ENABLING;

    @Test
    void firesForEachMissingCategory() {
      List<Finding> findings = rule.check(twoCore().build());
      assertThat(findings).hasSize(2);
      assertFinding(
          findings.get(0),
          rule,
          null,
          "/processes",
          "the model has no governing process",
          "portfolio management");
      assertFinding(
          findings.get(1),
          rule,
          null,
          "/processes",
          "the model has no enabling process",
          "project management");
    }

    @Test
    void firesWhenTheProcessesSupportOnlyCustomChains() {
      OperatingModel model =
          twoCore()
              .valueChain(ValueChainKind.CUSTOM, "c", "C", c -> c.stage("x", "X"))
              .governing("gov", "Governance", p -> p.supports("c"))
              .enabling("pm", "Projects", p -> p.supports("r2v.deliver"))
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          null,
          "/processes",
          "no governing process supports a core chain or one of its stages");
    }

    @Test
    void passesWhenBothSupportACoreChainOrStage() {
      OperatingModel model =
          twoCore()
              .governing("gov", "Governance", p -> p.supports("o2c"))
              .enabling("pm", "Projects", p -> p.supports("r2v.deliver"))
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R06ProcessSupportsSomething {
    private final Rule rule = Rules.PROCESS_SUPPORTS_SOMETHING;

    @Test
    void firesForAProcessThatSupportsNothing() {
      OperatingModel model =
          twoCore()
              .governing("gov", "Governance", p -> p.supports("r2v"))
              .supporting("finance", "Finance", p -> {})
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "finance",
          "/processes/1/supports",
          "supporting process \"finance\" supports no stage or chain",
          "list the stages");
    }

    @Test
    void passesWhenEveryProcessSupportsSomething() {
      assertPasses(
          rule, twoCore().supporting("finance", "Finance", p -> p.supports("o2c.order")).build());
    }
  }

  @Nested
  class R07SingleAccountable {
    private final Rule rule = Rules.SINGLE_ACCOUNTABLE;

    @Test
    void firesAsAnErrorForTwoAccountableRoles() {
      OperatingModel model =
          twoCore().accountable("brm", "o2c.order").accountable("owner", "o2c.order").build();
      Finding finding = onlyFinding(rule, model);
      assertFinding(
          finding,
          rule,
          "o2c.order",
          "/valueChains/1/stages/0",
          "has 2 accountable roles",
          "(\"brm\", \"owner\")",
          "keep one accountable role");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void firesForResponsibleWithoutAccountable() {
      OperatingModel model =
          twoCore()
              .offering("svc", "Service", o -> o.owner("owner"))
              .responsible("brm", "svc")
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "svc",
          "/offerings/0",
          "offering \"svc\" has responsible roles but no accountable one",
          "make exactly one role accountable");
    }

    @Test
    void firesAtTheChainAndAtTheProcessWhoseDecisionRightsAreWrong() {
      OperatingModel model =
          twoCore()
              .process(ProcessCategory.GOVERNING, "gov", "Governance", p -> p.supports("r2v"))
              .accountable("brm", "r2v")
              .accountable("owner", "r2v")
              .responsible("brm", "gov")
              .build();
      List<Finding> findings = rule.check(model);
      assertThat(findings).hasSize(2);
      assertFinding(
          findings.get(0),
          rule,
          "r2v",
          "/valueChains/0",
          "value chain \"r2v\" has 2 accountable roles (\"brm\", \"owner\")");
      assertFinding(
          findings.get(1),
          rule,
          "gov",
          "/processes/0",
          "process \"gov\" has responsible roles but no accountable one");
    }

    @Test
    void passesWithOneAccountableAndAnyOthers() {
      OperatingModel model =
          twoCore()
              .responsible("brm", "r2v", "o2c.order")
              .accountable("owner", "r2v", "o2c.order")
              .consulted("brm", "r2v.deliver")
              .informed("owner", "r2v.deliver")
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R08CoreChainMeasured {
    private final Rule rule = Rules.CORE_CHAIN_MEASURED;

    @Test
    void firesForAnUnmeasuredCoreChain() {
      OperatingModel model = twoCore().kpi("k", "K", k -> k.target("1").measures("r2v")).build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "o2c",
          "/valueChains/1",
          "no KPI measures the core chain \"o2c\"",
          "add a KPI");
    }

    @Test
    void firesForAKpiWithoutTarget() {
      OperatingModel model =
          twoCore()
              .kpi("k", "K", k -> k.target("1").measures("r2v"))
              .kpi("k2", "K2", k -> k.measures("o2c"))
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "k2",
          "/kpis/1/target",
          "KPI \"k2\" has no target",
          "set the target");
    }

    @Test
    void passesWhenAStageOfEachChainIsMeasured() {
      OperatingModel model =
          twoCore().kpi("k", "K", k -> k.target("1").measures("r2v.deliver", "o2c.order")).build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R09OfferingComplete {
    private final Rule rule = Rules.OFFERING_COMPLETE;

    @Test
    void firesForEachMissingPartOfAnActiveOffering() {
      List<Finding> findings = rule.check(twoCore().offering("svc", "Service", o -> {}).build());
      assertThat(findings).hasSize(3);
      assertFinding(
          findings.get(0), rule, "svc", "/offerings/0/owner", "has no owner", "name the role");
      assertFinding(
          findings.get(1),
          rule,
          "svc",
          "/offerings/0/consumers",
          "serves no consumer",
          "list the consumers");
      assertFinding(
          findings.get(2),
          rule,
          "svc",
          "/offerings/0/pricing",
          "is active but has no pricing",
          "free or an amount of 0");
    }

    @Test
    void doesNotAskAPlannedOfferingForPricingNorARetiredOneForAnything() {
      OperatingModel model =
          twoCore()
              .offering(
                  "new",
                  "New",
                  o -> o.lifecycle(Lifecycle.PLANNED).owner("owner").consumers("staff"))
              .offering("old", "Old", o -> o.lifecycle(Lifecycle.RETIRED))
              .build();
      assertPasses(rule, model);
    }

    @Test
    void passesWithOwnerConsumerAndAZeroChargeback() {
      OperatingModel model =
          twoCore()
              .offering("svc", "Service", o -> o.owner("owner").consumers("staff").free())
              .offering(
                  "svc2",
                  "Service 2",
                  o ->
                      o.owner("owner")
                          .consumers("staff")
                          .pricing(PricingModel.FIXED, BigDecimal.ZERO, "EUR", "month"))
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R10ArtifactFlow {
    private final Rule rule = Rules.ARTIFACT_FLOW;

    @Test
    void firesForAnArtifactConsumedButNotProduced() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .artifact("a", "A")
              .requirementToValue(
                  "r",
                  "R",
                  c ->
                      c.stage("s1", "S1", s -> s.consumes("a"))
                          .stage("s2", "S2", s -> s.consumes("a"))
                          .stage("s3", "S3", s -> s.consumes("a")))
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "a",
          "/artifacts/0",
          "is consumed by \"s1\", \"s2\" and 1 more but no stage produces it",
          "produces");
    }

    @Test
    void firesForAnArtifactProducedButNotConsumed() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .artifact("a", "A")
              .artifact("b", "B")
              .requirementToValue(
                  "r",
                  "R",
                  c ->
                      c.stage("s1", "S1", s -> s.produces("a", "b"))
                          .stage("s2", "S2", s -> s.consumes("a")))
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "b",
          "/artifacts/1",
          "is produced by \"s1\" but no stage consumes it",
          "or stop producing it");
    }

    @Test
    void passesWhenEveryArtifactFlowsAndIgnoresUnusedOnes() {
      assertPasses(rule, twoCore().artifact("unused", "Unused").build());
    }
  }

  @Nested
  class R11ValueRealizationMeasured {
    private final Rule rule = Rules.VALUE_REALIZATION_MEASURED;

    @Test
    void firesWhenTheLastStageIsNotMeasured() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .requirementToValue(
                  "r", "R", c -> c.stage("s1", "S1", s -> s.answers("Why now?")).stage("s2", "S2"))
              .kpi("k", "K", k -> k.measures("s1"))
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "s2",
          "/valueChains/0/stages/1",
          "ends in stage \"s2\", which no KPI measures",
          "add a KPI of realized business value");
    }

    @Test
    void firesWhenNoStageAnswersWhy() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .requirementToValue(
                  "r",
                  "R",
                  c -> c.stage("s1", "S1", s -> s.answers("What? Whyever not?")).stage("s2", "S2"))
              .kpi("k", "K", k -> k.measures("s2"))
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "r",
          "/valueChains/0",
          "answers \"why\"",
          "business reason");
    }

    @Test
    void passesWhenTheLastStageIsMeasuredAndWhyIsAnswered() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .requirementToValue(
                  "r", "R", c -> c.stage("s1", "S1", s -> s.answers("WHY this?")).stage("s2", "S2"))
              .kpi("k", "K", k -> k.measures("s2"))
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R12FrameworkReferences {
    private final Rule rule = Rules.FRAMEWORK_REFERENCES;

    private OperatingModel withFramework(String framework, String ref) {
      return twoCore()
          .governing(
              "gov",
              "Governance",
              p ->
                  p.supports("r2v")
                      .cobit("APO05", "Managed Portfolio")
                      .framework(framework, ref, "x"))
          .build();
    }

    @Test
    void firesForAnUnknownCobitObjective() {
      assertFinding(
          onlyFinding(rule, withFramework("cobit2019", "APO15")),
          rule,
          "gov",
          "/processes/0/frameworks/1/ref",
          "COBIT 2019 objective \"APO15\", which does not exist",
          "EDM01-05, APO01-14, BAI01-11, DSS01-06 or MEA01-04");
      assertThat(rule.check(withFramework("cobit2019", "EDM06"))).hasSize(1);
      assertThat(rule.check(withFramework("cobit2019", "DSS00"))).hasSize(1);
    }

    @Test
    void suggestsTheRightSpellingOfACobitObjective() {
      assertThat(onlyFinding(rule, withFramework("cobit2019", "bai 11")).message())
          .contains("write it \"BAI11\"");
    }

    @Test
    void firesForAnUnknownItilPracticeAndSuggestsTheSpelling() {
      assertFinding(
          onlyFinding(rule, withFramework("itil4", "Service Level Management")),
          rule,
          "gov",
          "/processes/0/frameworks/1/ref",
          "ITIL 4 practice \"Service Level Management\"",
          "write it \"service-level-management\"");
      assertThat(onlyFinding(rule, withFramework("itil4", "golf")).message())
          .contains("lower case with hyphens");
    }

    @Test
    void firesForAKnownFrameworkSpelledAnotherWay() {
      assertFinding(
          onlyFinding(rule, withFramework("COBIT 2019", "APO05")),
          rule,
          "gov",
          "/processes/0/frameworks/1/framework",
          "looks like \"cobit2019\"");
    }

    @Test
    void passesForEveryObjectiveRangeEndAndKnownPracticesAndOtherFrameworks() {
      for (String ref :
          List.of(
              "EDM01", "EDM05", "APO01", "APO14", "BAI01", "BAI11", "DSS01", "DSS06", "MEA01",
              "MEA04")) {
        assertPasses(rule, withFramework("cobit2019", ref));
      }
      for (String ref :
          List.of(
              "service-desk",
              "change-enablement",
              "change-control",
              "software-development-and-management")) {
        assertPasses(rule, withFramework("itil4", ref));
      }
      assertPasses(rule, withFramework("togaf", "ADM phase A"));
    }
  }

  @Nested
  class R13OfferingRealized {
    private final Rule rule = Rules.OFFERING_REALIZED;

    @Test
    void firesForAnOfferingNoStageRealizes() {
      OperatingModel model =
          twoCore().offering("svc", "Service", o -> o.lifecycle(Lifecycle.PLANNED)).build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "svc",
          "/offerings/0/realizedBy",
          "is not realized by any stage",
          "list the stages");
    }

    @Test
    void passesForRealizedAndRetiredOfferings() {
      OperatingModel model =
          twoCore()
              .offering("svc", "Service", o -> o.realizedBy("r2v.deliver"))
              .offering("old", "Old", o -> o.lifecycle(Lifecycle.RETIRED))
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R14KpiMeasuresSomething {
    private final Rule rule = Rules.KPI_MEASURES_SOMETHING;

    @Test
    void firesForAKpiThatMeasuresNothing() {
      OperatingModel model = twoCore().kpi("k", "K", k -> k.target("1")).build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "k",
          "/kpis/0/measures",
          "KPI \"k\" measures nothing",
          "list the chain, stage, process or offering");
    }

    @Test
    void passesForAKpiThatMeasuresSomething() {
      assertPasses(rule, twoCore().kpi("k", "K", k -> k.measures("staff")).build());
    }
  }

  @Nested
  class R15KpiTargetAhead {
    private final Rule rule = Rules.KPI_TARGET_AHEAD;

    @Test
    void firesWhenTheBaselineAlreadyMeetsTheTarget() {
      OperatingModel model =
          twoCore()
              .kpi("up", "Up", k -> k.target("80").baseline("80.0").measures("r2v"))
              .kpi("down", "Down", k -> k.lowerIsBetter().target("5").baseline("3").measures("r2v"))
              .build();
      List<Finding> findings = rule.check(model);
      assertThat(findings).hasSize(2);
      assertFinding(
          findings.get(0),
          rule,
          "up",
          "/kpis/0/target",
          "already meets its target: baseline 80.0, target 80, higher-is-better",
          "asks for improvement");
      assertFinding(
          findings.get(1), rule, "down", "/kpis/1/target", "baseline 3, target 5, lower-is-better");
    }

    @Test
    void passesWhenTheTargetImprovesOrSomethingIsMissing() {
      OperatingModel model =
          twoCore()
              .kpi("up", "Up", k -> k.target("90").baseline("60").measures("r2v"))
              .kpi("down", "Down", k -> k.lowerIsBetter().target("2").baseline("5").measures("r2v"))
              .kpi("new", "New", k -> k.target("2").measures("r2v"))
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R16RoleHasWork {
    private final Rule rule = Rules.ROLE_HAS_WORK;

    @Test
    void firesForARoleThatOwnsNothingAndAnswersForNothing() {
      OperatingModel model =
          twoCore().role("idle", "Idle").consulted("idle", "r2v").informed("idle", "o2c").build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "idle",
          "/roles/2",
          "role \"idle\" owns nothing and is accountable or responsible for nothing",
          "or remove it");
    }

    @Test
    void findsEveryIdleRoleAndCountsEveryKindOfWork() {
      OperatingModelBuilder model =
          twoCore()
              .role("idle-1", "Idle")
              .role("idle-2", "Idle too")
              .role("late", "Late")
              .consulted("idle-1", "r2v")
              .informed("late", "r2v");
      assertThat(rule.check(model.build()))
          .extracting(Finding::elementId)
          .containsExactly(Optional.of("idle-1"), Optional.of("idle-2"), Optional.of("late"));
      assertThat(rule.check(model.responsible("late", "o2c").build()))
          .extracting(Finding::elementId)
          .containsExactly(Optional.of("idle-1"), Optional.of("idle-2"));
      assertPasses(rule, model.accountable("idle-1", "o2c").responsible("idle-2", "o2c").build());
    }

    @Test
    void passesForOwnersAndAccountableOrResponsibleRoles() {
      OperatingModel model =
          twoCore()
              .role("pm", "Process owner")
              .role("acc", "Accountable")
              .role("resp", "Responsible")
              .role("offering-owner", "Offering owner")
              .supporting("p", "P", p -> p.owner("pm").supports("r2v"))
              .offering("svc", "Service", o -> o.owner("offering-owner"))
              .accountable("acc", "r2v")
              .responsible("resp", "r2v")
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R17RetiredOfferingClean {
    private final Rule rule = Rules.RETIRED_OFFERING_CLEAN;

    @Test
    void firesForARetiredOfferingWithConsumersAndPrice() {
      OperatingModel model =
          twoCore()
              .offering(
                  "old",
                  "Old",
                  o ->
                      o.lifecycle(Lifecycle.RETIRED)
                          .consumers("staff")
                          .pricing(PricingModel.PER_USER, new BigDecimal("2"), "EUR", "user"))
              .build();
      List<Finding> findings = rule.check(model);
      assertThat(findings).hasSize(2);
      assertFinding(
          findings.get(0),
          rule,
          "old",
          "/offerings/0/consumers",
          "is retired but still serves 1 consumer",
          "move them to its successor");
      assertFinding(
          findings.get(1),
          rule,
          "old",
          "/offerings/0/pricing",
          "is retired but still priced",
          "remove its pricing");
    }

    @Test
    void passesForARetiredOfferingThatIsFreeOrAnActiveOne() {
      OperatingModel model =
          twoCore()
              .offering("old", "Old", o -> o.lifecycle(Lifecycle.RETIRED).free())
              .offering(
                  "zero",
                  "Zero",
                  o ->
                      o.lifecycle(Lifecycle.RETIRED)
                          .pricing(PricingModel.FIXED, BigDecimal.ZERO, "EUR", "month"))
              .offering(
                  "new",
                  "New",
                  o ->
                      o.consumers("staff")
                          .pricing(PricingModel.FIXED, BigDecimal.TEN, "EUR", "month"))
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R18OrderToCashCostAndWhen {
    private final Rule rule = Rules.ORDER_TO_CASH_COST_AND_WHEN;

    @Test
    void firesWhenNoStageAnswersCostOrWhen() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .orderToCash("o2c", "O2C", c -> c.stage("o1", "O1", s -> s.answers("Why us?")))
              .build();
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "o2c",
          "/valueChains/0",
          "has no stage that answers \"at what cost?\" or \"by when?\"",
          "price or date");
    }

    @Test
    void namesOnlyWhatIsMissing() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .orderToCash(
                  "o2c", "O2C", c -> c.stage("o1", "O1", s -> s.answers("What is the price?")))
              .build();
      assertThat(onlyFinding(rule, model).message())
          .contains("answers \"by when?\"")
          .doesNotContain("cost?");
    }

    @Test
    void passesWhenCostAndWhenAreAnsweredAcrossStages() {
      OperatingModel model =
          OperatingModel.builder("m", "M")
              .orderToCash(
                  "o2c",
                  "O2C",
                  c ->
                      c.stage("o1", "O1", s -> s.answers("At what cost?"))
                          .stage("o2", "O2", s -> s.answers("By when?")))
              .build();
      assertPasses(rule, model);
    }
  }
}
