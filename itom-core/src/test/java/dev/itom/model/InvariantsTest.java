package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every invariant of the model, broken one at a time and together. */
class InvariantsTest {

  /** A valid model with one element of each kind, to break one thing at a time. */
  private static OperatingModelBuilder valid() {
    return OperatingModel.builder("m", "Model")
        .role("owner", "Owner")
        .consumer("sales", "Sales", ConsumerKind.BUSINESS_UNIT)
        .artifact("offer", "Offer")
        .requirementToValue(
            "r2v", "R2V", c -> c.stage("r2v.a", "A", s -> s.owner("owner").produces("offer")))
        .orderToCash("o2c", "O2C", c -> c.stage("o2c.a", "B", s -> s.consumes("offer")))
        .governing("gov", "Governance", p -> p.owner("owner").supports("r2v", "o2c.a"))
        .handoff("r2v.a", "o2c.a")
        .offering(
            "svc",
            "Service",
            o ->
                o.owner("owner")
                    .consumers("sales")
                    .realizedBy("r2v.a")
                    .pricing(PricingModel.PER_USER, new BigDecimal("7.50"), "EUR", "user/month"))
        .kpi("kpi", "KPI", k -> k.target("1").measures("r2v"))
        .accountable("owner", "r2v.a");
  }

  private static List<Violation> violations(OperatingModelBuilder builder) {
    InvalidModelException exception =
        catchThrowableOfType(InvalidModelException.class, builder::build);
    assertThat(exception).as("build() must fail").isNotNull();
    assertThat(exception.violations()).isNotEmpty();
    for (Violation violation : exception.violations()) {
      assertThat(exception.getMessage()).contains(violation.pointer() + ": " + violation.message());
    }
    return exception.violations();
  }

  private static Violation onlyViolation(OperatingModelBuilder builder) {
    List<Violation> violations = violations(builder);
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  @Test
  void theValidModelBuilds() {
    assertThat(valid().build().elementCount()).isEqualTo(10);
  }

  @Test
  void malformedId() {
    Violation violation = onlyViolation(valid().role("bad id!", "Bad"));
    assertThat(violation.pointer()).isEqualTo("/roles/1/id");
    assertThat(violation.code()).isEqualTo("bad-id");
    assertThat(violation.message())
        .contains("id \"bad id!\" is not well formed")
        .contains("letters, digits, '.', '_', ':' or '-'");
  }

  @Test
  void idsMustStartWithALetterOrDigitAndBeAtMost128Long() {
    assertThat(OperatingModel.isWellFormedId("a")).isTrue();
    assertThat(OperatingModel.isWellFormedId("A1._:-x")).isTrue();
    assertThat(OperatingModel.isWellFormedId("-a")).isFalse();
    assertThat(OperatingModel.isWellFormedId("")).isFalse();
    assertThat(OperatingModel.isWellFormedId("a".repeat(128))).isTrue();
    assertThat(OperatingModel.isWellFormedId("a".repeat(129))).isFalse();
    assertThat(OperatingModel.isWellFormedId("é")).isFalse();
    for (String id :
        List.of("a", "A1._:-x", "-a", "", "a".repeat(128), "a".repeat(129), "é", "a b")) {
      assertThat(OperatingModel.isWellFormedId(id))
          .as(id)
          .isEqualTo(OperatingModel.ID_PATTERN.matcher(id).matches());
    }
  }

  @Test
  void malformedModelId() {
    Violation violation = onlyViolation(OperatingModel.builder("", "Model"));
    assertThat(violation.pointer()).isEqualTo("/id");
    assertThat(violation.code()).isEqualTo("bad-id");
  }

  @Test
  void duplicateIdAcrossKinds() {
    Violation violation = onlyViolation(valid().artifact("owner", "Clash"));
    assertThat(violation.pointer()).isEqualTo("/artifacts/1/id");
    assertThat(violation.code()).isEqualTo("duplicate-id");
    assertThat(violation.message())
        .isEqualTo(
            "id \"owner\" is already used by a role at /roles/0; ids are unique across the whole"
                + " model, give this artifact another id");
  }

  @Test
  void duplicateStageIdAcrossChains() {
    Violation violation =
        onlyViolation(
            valid().valueChain(ValueChainKind.CUSTOM, "x", "X", c -> c.stage("r2v.a", "Again")));
    assertThat(violation.pointer()).isEqualTo("/valueChains/2/stages/0/id");
    assertThat(violation.code()).isEqualTo("duplicate-id");
    assertThat(violation.message()).contains("already used by a stage at /valueChains/0/stages/0");
  }

  @Test
  void blankName() {
    Violation violation = onlyViolation(valid().consumer("c2", "  ", ConsumerKind.CUSTOMER));
    assertThat(violation.pointer()).isEqualTo("/consumers/1/name");
    assertThat(violation.code()).isEqualTo("blank-name");
    assertThat(violation.message())
        .isEqualTo("name must not be blank; give the consumer a readable name");
  }

  @Test
  void blankModelName() {
    Violation violation = onlyViolation(valid().name(""));
    assertThat(violation.pointer()).isEqualTo("/name");
    assertThat(violation.code()).isEqualTo("blank-name");
  }

  @Test
  void blankPropertyKey() {
    Violation violation = onlyViolation(valid().role("r2", "R2", d -> d.property(" ", "v")));
    assertThat(violation.pointer()).isEqualTo("/roles/1/properties/ ");
    assertThat(violation.code()).isEqualTo("blank-key");
    assertThat(violation.message()).contains("property key must not be blank");
  }

  @Test
  void danglingStageOwner() {
    Violation violation =
        onlyViolation(
            valid().orderToCash("o2c2", "X", c -> c.stage("s", "S", s -> s.owner("ghost"))));
    assertThat(violation.pointer()).isEqualTo("/valueChains/2/stages/0/owner");
    assertThat(violation.code()).isEqualTo("dangling-reference");
    assertThat(violation.message())
        .isEqualTo(
            "owner \"ghost\" does not resolve: no element has that id; declare a role with id"
                + " \"ghost\" or refer to an existing one");
  }

  @Test
  void stageOwnerOfTheWrongKind() {
    Violation violation =
        onlyViolation(
            valid().orderToCash("o2c2", "X", c -> c.stage("s", "S", s -> s.owner("sales"))));
    assertThat(violation.pointer()).isEqualTo("/valueChains/2/stages/0/owner");
    assertThat(violation.code()).isEqualTo("wrong-reference-kind");
    assertThat(violation.message())
        .isEqualTo("owner \"sales\" is a consumer (at /consumers/0), but it must be a role");
  }

  @Test
  void stageArtifactsMustBeArtifacts() {
    List<Violation> violations =
        violations(
            valid()
                .orderToCash(
                    "x", "X", c -> c.stage("s", "S", s -> s.consumes("owner").produces("nope"))));
    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly(
            "/valueChains/2/stages/0/consumes/0", "/valueChains/2/stages/0/produces/0");
    assertThat(violations)
        .extracting(Violation::code)
        .containsExactly("wrong-reference-kind", "dangling-reference");
    assertThat(violations.get(0).message()).contains("but it must be an artifact");
  }

  @Test
  void referenceListedTwice() {
    Violation violation =
        onlyViolation(
            valid()
                .orderToCash("x", "X", c -> c.stage("s", "S", s -> s.consumes("offer", "offer"))));
    assertThat(violation.pointer()).isEqualTo("/valueChains/2/stages/0/consumes/1");
    assertThat(violation.code()).isEqualTo("duplicate-reference");
    assertThat(violation.message())
        .isEqualTo("\"offer\" is listed twice in consumes; remove this entry");
  }

  @Test
  void blankQuestion() {
    Violation violation =
        onlyViolation(
            valid().orderToCash("x", "X", c -> c.stage("s", "S", s -> s.answers("Why?", ""))));
    assertThat(violation.pointer()).isEqualTo("/valueChains/2/stages/0/questions/1");
    assertThat(violation.code()).isEqualTo("blank-question");
  }

  @Test
  void processSupportsStagesOrChainsOnly() {
    Violation violation = onlyViolation(valid().enabling("pm", "PM", p -> p.supports("svc")));
    assertThat(violation.pointer()).isEqualTo("/processes/1/supports/0");
    assertThat(violation.code()).isEqualTo("wrong-reference-kind");
    assertThat(violation.message())
        .isEqualTo(
            "supports \"svc\" is an offering (at /offerings/0), but it must be a value chain or a"
                + " stage");
  }

  @Test
  void processOwnerMustBeARole() {
    Violation violation = onlyViolation(valid().enabling("pm", "PM", p -> p.owner("r2v")));
    assertThat(violation.pointer()).isEqualTo("/processes/1/owner");
    assertThat(violation.code()).isEqualTo("wrong-reference-kind");
    assertThat(violation.message()).contains("is a value chain").contains("must be a role");
  }

  @Test
  void blankFrameworkReference() {
    List<Violation> violations =
        violations(valid().enabling("pm", "PM", p -> p.framework(" ", "", "x")));
    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly("/processes/1/frameworks/0/framework", "/processes/1/frameworks/0/ref");
    assertThat(violations)
        .extracting(Violation::code)
        .containsExactly("blank-framework", "blank-ref");
    assertThat(violations.get(0).message())
        .isEqualTo(
            "framework must not be blank; name the framework, for example cobit2019 or itil4");
    assertThat(violations.get(1).message())
        .isEqualTo(
            "ref must not be blank; give the reference within the framework, for example APO05");
  }

  @Test
  void alignmentJoinsTwoStages() {
    List<Violation> violations = violations(valid().align("r2v", "ghost"));
    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly("/alignments/1/from", "/alignments/1/to");
    assertThat(violations)
        .extracting(Violation::code)
        .containsExactly("wrong-reference-kind", "dangling-reference");
    assertThat(violations.get(0).message()).contains("must be a stage");
    assertThat(violations.get(1).message()).contains("does not resolve");
  }

  @Test
  void alignmentOfAStageWithItself() {
    Violation violation = onlyViolation(valid().feedback("r2v.a", "r2v.a"));
    assertThat(violation.pointer()).isEqualTo("/alignments/1/to");
    assertThat(violation.code()).isEqualTo("self-alignment");
    assertThat(violation.message()).contains("to itself");
  }

  @Test
  void duplicateAlignment() {
    Violation violation = onlyViolation(valid().handoff("r2v.a", "o2c.a"));
    assertThat(violation.pointer()).isEqualTo("/alignments/1");
    assertThat(violation.code()).isEqualTo("duplicate-alignment");
    assertThat(violation.message())
        .isEqualTo("the handoff from \"r2v.a\" to \"o2c.a\" is listed twice; remove this one");
  }

  @Test
  void offeringReferences() {
    List<Violation> violations =
        violations(
            valid()
                .offering("o2", "O2", o -> o.owner("sales").consumers("owner").realizedBy("r2v")));
    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly(
            "/offerings/1/owner", "/offerings/1/consumers/0", "/offerings/1/realizedBy/0");
    assertThat(violations).extracting(Violation::code).containsOnly("wrong-reference-kind");
  }

  @Test
  void negativeAmount() {
    Violation violation =
        onlyViolation(
            valid()
                .offering(
                    "o2",
                    "O2",
                    o -> o.pricing(PricingModel.FIXED, new BigDecimal("-0.01"), "EUR", "month")));
    assertThat(violation.pointer()).isEqualTo("/offerings/1/pricing/amount");
    assertThat(violation.code()).isEqualTo("negative-amount");
    assertThat(violation.message())
        .isEqualTo("amount -0.01 is negative; use 0 or more (0 for a free offering)");
  }

  @Test
  void badCurrency() {
    for (String currency : List.of("eur", "EURO", "E1R", "")) {
      Violation violation =
          onlyViolation(
              valid()
                  .offering(
                      "o2",
                      "O2",
                      o -> o.pricing(PricingModel.FIXED, BigDecimal.ONE, currency, "month")));
      assertThat(violation.pointer()).isEqualTo("/offerings/1/pricing/currency");
      assertThat(violation.code()).isEqualTo("bad-currency");
      assertThat(violation.message()).contains("is not an ISO 4217 code");
    }
  }

  @Test
  void amountWithoutCurrency() {
    Violation violation =
        onlyViolation(
            valid()
                .offering(
                    "o2",
                    "O2",
                    o ->
                        o.pricing(
                            Pricing.builder()
                                .model(PricingModel.FIXED)
                                .amount(BigDecimal.TEN)
                                .build())));
    assertThat(violation.pointer()).isEqualTo("/offerings/1/pricing/currency");
    assertThat(violation.code()).isEqualTo("amount-without-currency");
    assertThat(violation.message()).contains("an amount needs a currency");
  }

  @Test
  void kpiMeasuresExistingElements() {
    Violation violation = onlyViolation(valid().kpi("k2", "K2", k -> k.measures("svc", "ghost")));
    assertThat(violation.pointer()).isEqualTo("/kpis/1/measures/1");
    assertThat(violation.code()).isEqualTo("dangling-reference");
    assertThat(violation.message()).contains("declare an element with id \"ghost\"");
  }

  @Test
  void assignmentRoleAndTarget() {
    List<Violation> violations =
        violations(valid().assign("sales", "offer", Responsibility.INFORMED));
    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly("/assignments/1/role", "/assignments/1/target");
    assertThat(violations)
        .extracting(Violation::code)
        .containsExactly("wrong-reference-kind", "wrong-reference-kind");
    assertThat(violations.get(1).message())
        .contains("must be a value chain, a stage, a support process or an offering");
  }

  @Test
  void duplicateAssignment() {
    Violation violation = onlyViolation(valid().accountable("owner", "r2v.a"));
    assertThat(violation.pointer()).isEqualTo("/assignments/1");
    assertThat(violation.code()).isEqualTo("duplicate-assignment");
    assertThat(violation.message()).contains("twice");
  }

  @Test
  void everyViolationIsReportedTogetherInDocumentOrder() {
    UnaryOperator<OperatingModelBuilder> breakEverything =
        b ->
            b.role("bad id", "")
                .artifact("owner", "Duplicate")
                .enabling("pm", "PM", p -> p.supports("ghost"))
                .offering(
                    "o2",
                    "O2",
                    o -> o.pricing(PricingModel.FIXED, new BigDecimal("-1"), "eur", "x"));
    InvalidModelException exception =
        catchThrowableOfType(
            InvalidModelException.class, () -> breakEverything.apply(valid()).build());

    assertThat(exception.violations())
        .extracting(Violation::pointer)
        .containsExactly(
            "/roles/1/id",
            "/roles/1/name",
            "/artifacts/1/id",
            "/processes/1/supports/0",
            "/offerings/1/pricing/amount",
            "/offerings/1/pricing/currency");
    assertThat(exception.violations())
        .extracting(Violation::code)
        .containsExactly(
            "bad-id",
            "blank-name",
            "duplicate-id",
            "dangling-reference",
            "negative-amount",
            "bad-currency");
    assertThat(exception.getMessage())
        .startsWith("operating model \"m\" is invalid (6 violations):");
  }

  @Test
  void everyInvariantHasOneStableCode() {
    assertThat(Arrays.stream(InvariantCode.values()).map(InvariantCode::code))
        .containsExactly(
            "bad-id",
            "duplicate-id",
            "blank-name",
            "lone-surrogate",
            "blank-key",
            "blank-question",
            "blank-framework",
            "blank-ref",
            "dangling-reference",
            "wrong-reference-kind",
            "duplicate-reference",
            "self-alignment",
            "duplicate-alignment",
            "duplicate-assignment",
            "negative-amount",
            "amount-without-currency",
            "bad-currency",
            "pricing-with-options",
            "bad-duration",
            "negative-duration");
  }

  @Test
  void loneSurrogatesAreRejectedBecauseNoFileCanHoldThem() {
    List<Violation> violations =
        violations(
            valid()
                .role(
                    "r2",
                    "Half \uD800 a character",
                    d -> d.description("x\uDC00").property("k\uD83D", "v"))
                .orderToCash("x", "X", c -> c.stage("s", "S", s -> s.answers("Why\uDBFF?"))));
    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly(
            "/roles/1/name",
            "/roles/1/description",
            "/roles/1/properties",
            "/valueChains/2/stages/0/questions/0");
    assertThat(violations).extracting(Violation::code).containsOnly("lone-surrogate");
    assertThat(violations.get(0).message()).contains("lone UTF-16 surrogate");
  }

  @Test
  void completeSurrogatePairsAreFine() {
    assertThat(valid().role("r2", "Emoji \uD83D\uDE80 rocket").build().role("r2")).isPresent();
    assertThat(TextCheck.hasLoneSurrogate("\uD83D\uDE80")).isFalse();
    assertThat(TextCheck.hasLoneSurrogate("\uDE80\uD83D")).isTrue();
    assertThat(TextCheck.hasLoneSurrogate("end\uD83D")).isTrue();
  }
}
