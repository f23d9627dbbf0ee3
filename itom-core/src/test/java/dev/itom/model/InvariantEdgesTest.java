package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.itom.internal.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The edges of the invariants: the characters an id may hold, the letters of a currency, the
 * smallest allowed amount, and the elements whose checks are easy to forget (the model's own
 * properties, alignments, assignments, KPIs).
 */
class InvariantEdgesTest {

  private static OperatingModelBuilder valid() {
    return OperatingModel.builder("m", "Model")
        .role("owner", "Owner")
        .requirementToValue("r2v", "R2V", c -> c.stage("r2v.a", "A"))
        .orderToCash("o2c", "O2C", c -> c.stage("o2c.a", "B"));
  }

  private static List<Violation> violations(OperatingModelBuilder builder) {
    InvalidModelException exception =
        catchThrowableOfType(InvalidModelException.class, builder::build);
    assertThat(exception).as("build() must fail").isNotNull();
    return exception.violations();
  }

  private static OperatingModelBuilder priced(String amount, String currency) {
    return valid()
        .offering(
            "svc",
            "Service",
            o -> o.pricing(PricingModel.FIXED, new BigDecimal(amount), currency, "month"));
  }

  @Test
  void idCheckAgreesWithThePublishedPatternForEveryAsciiCharacter() {
    for (char c = 0; c < 128; c++) {
      for (String id : List.of(c + "x", "x" + c, String.valueOf(c))) {
        assertThat(OperatingModel.isWellFormedId(id))
            .as("id %s", Texts.quote(id))
            .isEqualTo(OperatingModel.ID_PATTERN.matcher(id).matches());
      }
    }
  }

  @Test
  void currencyIsThreeUpperCaseAsciiLetters() {
    assertThat(priced("1", "AZZ").build().offering("svc")).isPresent();
    for (String bad : List.of("@AA", "A[A", "AA`", "aAA", "AA{", "AAAA", "AA")) {
      List<Violation> violations = violations(priced("1", bad));
      assertThat(violations).as(bad).hasSize(1);
      assertThat(violations.get(0).pointer()).isEqualTo("/offerings/0/pricing/currency");
      assertThat(violations.get(0).code()).isEqualTo("bad-currency");
      assertThat(violations.get(0).message())
          .startsWith("currency \"" + bad + "\" is not an ISO 4217 code");
    }
  }

  @Test
  void amountZeroIsAllowedAndANegativeAmountIsNot() {
    assertThat(priced("0", "EUR").build().offering("svc").orElseThrow().pricing())
        .map(pricing -> pricing.amount().orElseThrow())
        .contains(BigDecimal.ZERO);
    List<Violation> violations = violations(priced("-0.01", "EUR"));
    assertThat(violations)
        .containsExactly(
            Violation.of(
                "negative-amount",
                "/offerings/0/pricing/amount",
                "amount -0.01 is negative; use 0 or more (0 for a free offering)"));
  }

  @Test
  void blankPropertyKeysAreFoundOnTheModelAlignmentsAndAssignments() {
    List<Violation> violations =
        violations(
            valid()
                .property(" ", "model")
                .addAlignments(
                    List.of(
                        Alignment.builder()
                            .from("r2v.a")
                            .to("o2c.a")
                            .kind(AlignmentKind.HANDOFF)
                            .putProperties("", "alignment")
                            .build()))
                .addAssignments(
                    List.of(
                        Assignment.builder()
                            .role("owner")
                            .target("r2v")
                            .responsibility(Responsibility.ACCOUNTABLE)
                            .putProperties("\t", "assignment")
                            .build())));

    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly(
            "/properties/ ", "/alignments/0/properties/", "/assignments/0/properties/\t");
    assertThat(violations).extracting(Violation::code).containsOnly("blank-key");
  }

  @Test
  void kpisAreCheckedLikeEveryOtherElement() {
    List<Violation> violations = violations(valid().kpi("bad id", " ", k -> k.measures("r2v")));

    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly("/kpis/0/id", "/kpis/0/name");
    assertThat(violations).extracting(Violation::code).containsExactly("bad-id", "blank-name");
    assertThat(violations.get(1).message())
        .isEqualTo("name must not be blank; give the KPI a readable name");
  }

  @Test
  void everyTextIsCheckedForLoneSurrogates() {
    String half = "x\uD800";
    List<Violation> violations =
        violations(
            valid()
                .name(half)
                .version(half)
                .description(half)
                .enabling("pm", "PM", p -> p.supports("r2v").framework(half, half, half))
                .addAlignments(
                    List.of(
                        Alignment.builder()
                            .from("r2v.a")
                            .to("o2c.a")
                            .kind(AlignmentKind.HANDOFF)
                            .description(half)
                            .build()))
                .offering(
                    "svc",
                    "Service",
                    o -> o.category(half).pricing(PricingModel.FIXED, BigDecimal.ONE, "EUR", half))
                .kpi("k", "K", k -> k.unit(half).measures("r2v")));

    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly(
            "/name",
            "/version",
            "/description",
            "/processes/0/frameworks/0/framework",
            "/processes/0/frameworks/0/ref",
            "/processes/0/frameworks/0/name",
            "/alignments/0/description",
            "/offerings/0/category",
            "/offerings/0/pricing/unit",
            "/kpis/0/unit");
    assertThat(violations).extracting(Violation::code).containsOnly("lone-surrogate");
  }

  @Test
  void linksAreIdentifiedByTheirFieldsAloneNotByDescriptionOrProperties() {
    Alignment plain = Alignment.of("r2v.a", "o2c.a", AlignmentKind.HANDOFF);
    Alignment described =
        Alignment.builder()
            .from("r2v.a")
            .to("o2c.a")
            .kind(AlignmentKind.HANDOFF)
            .description("why")
            .build();
    Alignment withProperty =
        Alignment.builder()
            .from("r2v.a")
            .to("o2c.a")
            .kind(AlignmentKind.HANDOFF)
            .putProperties("k", "v")
            .build();
    Assignment assignment = Assignment.of("owner", "r2v", Responsibility.ACCOUNTABLE);
    Assignment assignmentWithProperty =
        Assignment.builder()
            .role("owner")
            .target("r2v")
            .responsibility(Responsibility.ACCOUNTABLE)
            .putProperties("k", "v")
            .build();

    List<Violation> violations =
        violations(
            valid()
                .addAlignments(List.of(described, plain, withProperty))
                .addAssignments(List.of(assignment, assignmentWithProperty)));

    assertThat(violations)
        .extracting(Violation::pointer)
        .containsExactly("/alignments/1", "/alignments/2", "/assignments/1");
    assertThat(violations)
        .extracting(Violation::code)
        .containsExactly("duplicate-alignment", "duplicate-alignment", "duplicate-assignment");
  }

  @Test
  void linksFarApartInALongListAreFoundTwiceAndDanglingOnesStillReported() {
    OperatingModelBuilder builder = valid();
    List<Assignment> assignments = new ArrayList<>();
    List<Alignment> alignments = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      builder.role("role-" + i, "Role " + i);
      assignments.add(Assignment.of("role-" + i, "r2v", Responsibility.CONSULTED));
      alignments.add(Alignment.of(i % 2 == 0 ? "r2v.a" : "o2c.a", "o2c.a", AlignmentKind.HANDOFF));
    }
    // the same link again, hundreds of entries later; kinds and responsibilities keep links apart
    assignments.add(Assignment.of("role-3", "r2v", Responsibility.CONSULTED));
    assignments.add(Assignment.of("role-3", "r2v", Responsibility.INFORMED));
    assignments.add(Assignment.of("role-3", "o2c", Responsibility.CONSULTED));
    // links that do not resolve are still compared, by their ids
    assignments.add(Assignment.of("ghost", "r2v", Responsibility.CONSULTED));
    assignments.add(Assignment.of("ghost", "r2v", Responsibility.CONSULTED));
    alignments.add(Alignment.of("o2c.a", "r2v.a", AlignmentKind.FEEDBACK));
    alignments.add(Alignment.of("o2c.a", "r2v.a", AlignmentKind.ALIGNMENT));

    List<Violation> violations =
        violations(builder.addAssignments(assignments).addAlignments(alignments.subList(0, 3)));
    List<Violation> all =
        violations(
            builder
                .addAlignments(alignments.subList(3, alignments.size()))
                .addAlignments(List.of(Alignment.of("r2v.a", "o2c.a", AlignmentKind.HANDOFF))));

    assertThat(violations)
        .extracting(Violation::code, Violation::pointer)
        .containsExactly(
            Tuple.tuple("self-alignment", "/alignments/1/to"),
            Tuple.tuple("duplicate-alignment", "/alignments/2"),
            Tuple.tuple("duplicate-assignment", "/assignments/600"),
            Tuple.tuple("dangling-reference", "/assignments/603/role"),
            Tuple.tuple("dangling-reference", "/assignments/604/role"),
            Tuple.tuple("duplicate-assignment", "/assignments/604"));
    assertThat(all)
        .filteredOn(v -> v.code().equals("duplicate-alignment"))
        .extracting(Violation::pointer)
        .hasSize(599)
        .startsWith("/alignments/2", "/alignments/3")
        .endsWith("/alignments/599", "/alignments/602");
  }

  @Test
  void linksThatDoNotResolveAreComparedWithoutTheirDescriptionAndProperties() {
    Alignment described =
        Alignment.builder()
            .from("ghost")
            .to("o2c.a")
            .kind(AlignmentKind.HANDOFF)
            .description("said twice")
            .build();
    Assignment withProperty =
        Assignment.builder()
            .role("ghost")
            .target("r2v")
            .responsibility(Responsibility.ACCOUNTABLE)
            .putProperties("k", "v")
            .build();

    List<Violation> violations =
        violations(
            valid()
                .addAlignments(
                    List.of(
                        Alignment.of("ghost", "o2c.a", AlignmentKind.HANDOFF),
                        described,
                        Alignment.of("ghost", "o2c.a", AlignmentKind.FEEDBACK)))
                .addAssignments(
                    List.of(
                        Assignment.of("ghost", "r2v", Responsibility.ACCOUNTABLE), withProperty)));

    assertThat(violations)
        .extracting(Violation::code, Violation::pointer)
        .containsExactly(
            Tuple.tuple("dangling-reference", "/alignments/0/from"),
            Tuple.tuple("dangling-reference", "/alignments/1/from"),
            Tuple.tuple("duplicate-alignment", "/alignments/1"),
            Tuple.tuple("dangling-reference", "/alignments/2/from"),
            Tuple.tuple("dangling-reference", "/assignments/0/role"),
            Tuple.tuple("dangling-reference", "/assignments/1/role"),
            Tuple.tuple("duplicate-assignment", "/assignments/1"));
  }

  @Test
  void everyLaterCopyOfAnIdNamesTheFirstElementWithIt() {
    List<Violation> violations =
        violations(
            valid()
                .artifact("owner", "Copy")
                .consumer("owner", "Another copy", ConsumerKind.CUSTOMER));

    assertThat(violations)
        .extracting(Violation::pointer, Violation::message)
        .containsExactly(
            Tuple.tuple(
                "/consumers/0/id",
                "id \"owner\" is already used by a role at /roles/0; ids are unique across the"
                    + " whole model, give this consumer another id"),
            Tuple.tuple(
                "/artifacts/0/id",
                "id \"owner\" is already used by a role at /roles/0; ids are unique across the"
                    + " whole model, give this artifact another id"));
  }

  @Test
  void aLongReferenceListIsCheckedForDuplicatesToo() {
    OperatingModelBuilder builder = valid();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      builder.artifact("a" + i, "A" + i);
      ids.add("a" + i);
    }
    ids.add("a3");
    String[] consumes = ids.toArray(new String[0]);

    List<Violation> violations =
        violations(
            builder.orderToCash("x", "X", c -> c.stage("s", "S", s -> s.consumes(consumes))));

    assertThat(violations)
        .containsExactly(
            Violation.of(
                "duplicate-reference",
                "/valueChains/2/stages/0/consumes/9",
                "\"a3\" is listed twice in consumes; remove this entry"));
  }

  @Test
  void jsonPointerTokensAreEscaped() {
    assertThat(Texts.escapeToken("plain")).isEqualTo("plain");
    assertThat(Texts.escapeToken("a/b")).isEqualTo("a~1b");
    assertThat(Texts.escapeToken("a~b")).isEqualTo("a~0b");
    assertThat(Texts.escapeToken("~/")).isEqualTo("~0~1");
    assertThat(Texts.escapeToken("/~1")).isEqualTo("~1~01");
    assertThat(Texts.escapeToken("~leading")).isEqualTo("~0leading");
    assertThat(Texts.escapeToken("/leading")).isEqualTo("~1leading");
  }

  @Test
  void anExceptionWithoutViolationsIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvalidModelException("m", List.of()))
        .withMessage("an InvalidModelException needs at least one violation");
  }

  @Test
  void theMessageCountsTheViolations() {
    Violation one = Violation.of("bad-id", "/id", "bad");
    Violation two = Violation.of("blank-name", "/name", "blank");

    assertThat(new InvalidModelException("m", List.of(one)))
        .hasMessage("operating model \"m\" is invalid (1 violation):\n  /id: bad");
    assertThat(new InvalidModelException("m", List.of(one, two)))
        .hasMessage("operating model \"m\" is invalid (2 violations):\n  /id: bad\n  /name: blank");
    assertThat(new InvalidModelException("m", List.of(one, two)).violations())
        .containsExactly(one, two);
    assertThat(new InvalidModelException("m", List.of(Violation.of("bad-id", "", "x"))))
        .hasMessage("operating model \"m\" is invalid (1 violation):\n  /: x");
  }

  @Test
  void chainOfFindsStagesOfTheFirstChainToo() {
    OperatingModel model = valid().build();

    assertThat(model.chainOf("r2v.a")).map(ValueChain::id).contains("r2v");
    assertThat(model.chainOf("o2c.a")).map(ValueChain::id).contains("o2c");
    assertThat(model.chainOf("r2v")).isEmpty();
  }

  @Test
  void valueChainsOfAKind() {
    OperatingModel model =
        valid().valueChain(ValueChainKind.CUSTOM, "x", "X", c -> c.stage("x.a", "XA")).build();

    assertThat(model.valueChains(ValueChainKind.REQUIREMENT_TO_VALUE))
        .extracting(ValueChain::id)
        .containsExactly("r2v");
    assertThat(model.valueChains(ValueChainKind.CUSTOM))
        .extracting(ValueChain::id)
        .containsExactly("x");
    assertThat(valid().build().valueChains(ValueChainKind.CUSTOM)).isEmpty();
  }

  /** A copy of {@code id}: equal to it, but another string. */
  @SuppressWarnings("StringCopy") // the point: an equal id that is not the same instance
  private static String copy(String id) {
    return new String(id.toCharArray());
  }

  /** The dangling or wrong-kind reference, if any, that element {@code i} of a long list gets. */
  private static String[] refs(int i, String good, String wrongKind) {
    if (i == 0 || i == 63 || i == 64 || i == 149) {
      return i == 64
          ? new String[] {good, "missing-" + i, "missing-" + i}
          : new String[] {good, "missing-" + i};
    }
    return i == 100 ? new String[] {wrongKind} : new String[] {copy(good)};
  }

  @Test
  void referencesOfLongListsResolveAcrossTheirChunksAndReportTheRightEntry() {
    OperatingModelBuilder builder =
        OperatingModel.builder("m", "Model")
            .role("owner", "Owner")
            .artifact("doc", "Doc")
            .requirementToValue(
                "r2v",
                "R2V",
                c -> {
                  for (int i = 0; i < 150; i++) {
                    String[] consumes = refs(i, "doc", "owner");
                    c.stage(
                        "s" + i,
                        "S" + i,
                        s -> s.owner(copy("owner")).consumes(consumes).produces(copy("doc")));
                  }
                });
    for (int i = 0; i < 150; i++) {
      String[] supports = refs(i, "r2v", "doc");
      String owner = i == 7 ? "nobody" : copy("owner");
      builder.process(
          ProcessCategory.SUPPORTING, "p" + i, "P" + i, p -> p.owner(owner).supports(supports));
      String[] realizedBy = refs(i, "s1", "owner");
      int options = i % 3;
      int n = i;
      builder.offering(
          "o" + i,
          "O" + i,
          o -> {
            o.owner(copy("owner")).realizedBy(realizedBy);
            for (int k = 0; k < options; k++) {
              o.option("o" + n + "-" + k, "K" + k, opt -> {});
            }
          });
      builder.kpi("k" + i, "K" + i, k -> k.unit("%").measures(refs(n, "s2", "doc")));
    }

    List<String> found = new ArrayList<>();
    for (Violation violation : violations(builder)) {
      if (violation.code().endsWith("-reference") || violation.code().endsWith("-kind")) {
        found.add(violation.code() + " " + violation.pointer());
      }
    }

    List<String> expected = new ArrayList<>();
    for (String[] list :
        List.of(
            new String[] {"/valueChains/0/stages/", "/consumes/"},
            new String[] {"/processes/", "/supports/"},
            new String[] {"/offerings/", "/realizedBy/"},
            new String[] {"/kpis/", "/measures/"})) {
      for (int i : new int[] {0, 7, 63, 64, 100, 149}) {
        if (i == 100 && list[0].equals("/kpis/")) {
          continue; // a KPI may measure any element
        }
        if (i == 7) {
          if (list[0].equals("/processes/")) {
            expected.add("dangling-reference /processes/7/owner");
          }
          continue;
        }
        String at = list[0] + i + list[1];
        expected.add(i == 100 ? "wrong-reference-kind " + at + 0 : "dangling-reference " + at + 1);
        if (i == 64) {
          expected.add("dangling-reference " + at + 2);
          expected.add("duplicate-reference " + at + 2);
        }
      }
    }
    assertThat(found).containsExactlyElementsOf(expected);
  }

  @Test
  void anIdGatheredAheadIsUsedOnlyForThatVeryString() {
    OperatingModel model = valid().artifact("doc", "Doc").build();
    List<Violation> found = new ArrayList<>();
    ReferenceCheck check = new ReferenceCheck(model.index(), found);
    check.clearAhead();
    check.ahead("owner");
    check.ahead("doc");
    check.resolveAhead();

    check.reference(Location.ROOT, ReferenceCheck.STAGE_OWNER, copy("doc"));
    check.reference(Location.ROOT, ReferenceCheck.STAGE_OWNER, "gone");
    check.reference(Location.ROOT, ReferenceCheck.STAGE_OWNER, copy("owner"));

    assertThat(found)
        .extracting(Violation::code, Violation::pointer)
        .containsExactly(
            Tuple.tuple("wrong-reference-kind", "/owner"),
            Tuple.tuple("dangling-reference", "/owner"));
  }
}
