package dev.itom.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
import dev.itom.model.InvalidModelException;
import dev.itom.model.Metamodel;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden examples of three-way merges: each kind of conflict, pseudo-conflicts, resolutions. */
class ModelMergeTest {
  private static final OperatingModel BASE = DiffSamples.base();

  private static OperatingModel rename(OperatingModel model, String stage, String name) {
    return HandEdits.stage(model, stage, s -> s.withName(name));
  }

  private static OperatingModel removeTester(OperatingModel model) {
    return HandEdits.roles(model, roles -> roles.removeIf(r -> r.id().equals("tester")));
  }

  private static OperatingModel removeBill(OperatingModel model) {
    return HandEdits.stages(
        model, "o2c", stages -> stages.removeIf(s -> s.id().equals("o2c.bill")));
  }

  @Test
  void theSameChangeOnBothSidesIsAppliedOnce() {
    OperatingModel both =
        rename(HandEdits.roles(BASE, r -> r.add(Role.of("qa", "QA"))), "r2v.build", "Design");
    ModelMerge merge = ModelMerge.of(BASE, both, both);
    assertThat(merge.isClean()).isTrue();
    assertThat(merge.model()).isEqualTo(both);
    assertThat(DiffText.render(merge)).isEqualTo("no conflicts\n");
  }

  @Test
  void differentFieldsOfOneElementAreBothApplied() {
    OperatingModel ours = rename(BASE, "r2v.build", "Design");
    OperatingModel theirs = HandEdits.stage(BASE, "r2v.build", s -> s.withOwner("tester"));
    ModelMerge merge = ModelMerge.of(BASE, ours, theirs);
    assertThat(merge.isClean()).isTrue();
    Stage build = merge.model().stage("r2v.build").orElseThrow();
    assertThat(build.name()).isEqualTo("Design");
    assertThat(build.owner()).contains("tester");
  }

  @Test
  void insertsOfBothSidesAtOnePlaceKeepOursFirst() {
    OperatingModel ours =
        HandEdits.stages(
            HandEdits.roles(BASE, r -> r.add(Role.of("analyst", "Analyst"))),
            "r2v",
            s -> s.add(2, Stage.of("r2v.check", "Check")));
    OperatingModel theirs =
        HandEdits.stages(
            HandEdits.roles(BASE, r -> r.add(Role.of("qa", "QA"))),
            "r2v",
            s -> s.add(2, Stage.of("r2v.review", "Review")));
    ModelMerge merge = ModelMerge.of(BASE, ours, theirs);
    assertThat(merge.isClean()).isTrue();
    assertThat(merge.model().roles())
        .extracting(Role::id)
        .containsExactly("architect", "product-owner", "tester", "analyst", "qa");
    assertThat(merge.model().valueChain("r2v").orElseThrow().stages())
        .extracting(Stage::id)
        .containsExactly("r2v.plan", "r2v.build", "r2v.check", "r2v.review", "r2v.run");
    assertThat(ModelMerge.of(BASE, theirs, ours).model().roles())
        .extracting(Role::id)
        .endsWith("qa", "analyst");
  }

  @Test
  void oneFieldChangedTwoWaysIsAConflictThatKeepsTheBaseUntilResolved() {
    ModelMerge merge =
        ModelMerge.of(
            BASE, rename(BASE, "r2v.build", "Design"), rename(BASE, "r2v.build", "Construct"));
    assertThat(merge.conflicts()).hasSize(1);
    Conflict conflict = merge.conflicts().get(0);
    assertThat(conflict.code()).isEqualTo("both-changed");
    assertThat(conflict.elementId()).contains("r2v.build");
    assertThat(conflict.place()).isEqualTo(Locator.element(Metamodel.STAGE, "r2v.build"));
    assertThat(conflict.field().name()).isEqualTo("name");
    assertThat(conflict.base()).isEqualTo("Build");
    assertThat(conflict.ours()).isEqualTo("Design");
    assertThat(conflict.theirs()).isEqualTo("Construct");
    assertThat(conflict.pointer()).isEqualTo("/valueChains/0/stages/1/name");
    assertThat(conflict.changes(Side.OURS)).hasSize(1);
    assertThat(conflict.changes(Side.THEIRS)).hasSize(1);
    assertThat(DiffText.render(merge))
        .isEqualTo(
            "1 conflict\n  both-changed at /valueChains/0/stages/1/name: stage r2v.build name:"
                + " ours \"Design\", theirs \"Construct\", base \"Build\"\n");
    assertThat(merge.model()).isEqualTo(BASE);

    assertThat(merge.resolve(conflict, Side.OURS).model().stage("r2v.build").orElseThrow().name())
        .isEqualTo("Design");
    assertThat(merge.resolve(conflict, Side.THEIRS).model().stage("r2v.build").orElseThrow().name())
        .isEqualTo("Construct");
    ModelMerge given = merge.resolveWith(conflict, "Design and build");
    assertThat(given.isClean()).isTrue();
    assertThat(given.model().stage("r2v.build").orElseThrow().name()).isEqualTo("Design and build");
    assertThat(merge.resolveWith(conflict, "Build").model()).isEqualTo(BASE);
    assertThat(merge.prefer(Side.THEIRS).model())
        .isEqualTo(merge.resolve(conflict, Side.THEIRS).model());

    assertThatThrownBy(() -> merge.resolveWith(conflict, 42))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> merge.resolveWith(conflict, " "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("/valueChains/0/stages/1/name");
    ModelMerge resolved = merge.resolve(conflict, Side.OURS);
    assertThatThrownBy(() -> resolved.resolve(conflict, Side.OURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an open conflict");
  }

  @Test
  void anElementChangedOnOneSideAndRemovedOnTheOther() {
    ModelMerge merge = ModelMerge.of(BASE, removeBill(BASE), rename(BASE, "o2c.bill", "Invoice"));
    assertThat(merge.conflicts()).hasSize(1);
    Conflict conflict = merge.conflicts().get(0);
    assertThat(conflict.kind()).isEqualTo(Conflict.Kind.CHANGED_REMOVED);
    assertThat(conflict.removedBy()).isEqualTo(Side.OURS);
    assertThat(conflict.elementId()).contains("o2c.bill");
    assertThat(conflict.field().name()).isEqualTo("name");
    assertThat(conflict.base()).isEqualTo("Bill");
    assertThat(conflict.ours()).isNull();
    assertThat(conflict.theirs()).isEqualTo("Invoice");
    assertThat(conflict.pointer()).isEqualTo("/valueChains/1/stages/1/name");
    assertThat(conflict.message())
        .isEqualTo(
            "stage o2c.bill name: ours removes it or what holds it, theirs changes it"
                + " (base \"Bill\", theirs \"Invoice\")");
    assertThat(merge.model()).as("the removed element is kept, unchanged").isEqualTo(BASE);
    assertThat(merge.resolve(conflict, Side.OURS).model()).isEqualTo(removeBill(BASE));
    assertThat(merge.resolve(conflict, Side.THEIRS).model())
        .isEqualTo(rename(BASE, "o2c.bill", "Invoice"));
    assertThat(conflict.mirror())
        .isEqualTo(
            ModelMerge.of(BASE, rename(BASE, "o2c.bill", "Invoice"), removeBill(BASE))
                .conflicts()
                .get(0));
  }

  @Test
  void aRoleRemovedOnOneSideThatTheOtherMakesAStageOwner() {
    OperatingModel owned = HandEdits.stage(BASE, "r2v.run", s -> s.withOwner("tester"));
    ModelMerge merge = ModelMerge.of(BASE, removeTester(BASE), owned);
    assertThat(merge.conflicts()).hasSize(1);
    Conflict conflict = merge.conflicts().get(0);
    assertThat(conflict.code()).isEqualTo("removed-referenced");
    assertThat(conflict.place()).isEqualTo(Locator.element(Metamodel.STAGE, "r2v.run"));
    assertThat(conflict.field().name()).isEqualTo("owner");
    assertThat(conflict.detail()).isEqualTo("tester");
    assertThat(conflict.theirs()).isEqualTo("tester");
    assertThat(conflict.pointer()).isEqualTo("/valueChains/0/stages/2/owner");
    assertThat(conflict.message())
        .isEqualTo("stage r2v.run owner: ours removes tester, which theirs refers to here");
    assertThat(merge.model()).as("the role stays, the stage keeps no owner").isEqualTo(BASE);
    assertThat(merge.prefer(Side.OURS).model()).isEqualTo(removeTester(BASE));
    assertThat(merge.prefer(Side.THEIRS).model()).isEqualTo(owned);
  }

  @Test
  void aStageRemovedOnOneSideThatTheOtherAlignsTo() {
    OperatingModel aligned =
        HandEdits.alignments(
            BASE, a -> a.add(Alignment.of("r2v.run", "o2c.bill", AlignmentKind.FEEDBACK)));
    ModelMerge merge = ModelMerge.of(BASE, aligned, removeBill(BASE));
    assertThat(merge.conflicts()).hasSize(1);
    Conflict conflict = merge.conflicts().get(0);
    assertThat(conflict.kind()).isEqualTo(Conflict.Kind.REMOVED_REFERENCED);
    assertThat(conflict.removedBy()).isEqualTo(Side.THEIRS);
    assertThat(conflict.place().toString())
        .isEqualTo("model/alignments[r2v.run o2c.bill FEEDBACK]");
    assertThat(conflict.field().name()).isEqualTo("to");
    assertThat(conflict.pointer()).isEqualTo("/alignments/1/to");
    assertThat(merge.model())
        .as("no alignment to a removed stage, and the stage kept")
        .isEqualTo(BASE);
    assertThat(merge.prefer(Side.OURS).model()).isEqualTo(aligned);
    assertThat(merge.prefer(Side.THEIRS).model()).isEqualTo(removeBill(BASE));
  }

  @Test
  void aRemovalThatNeedsAHeldBackChangeWaitsWithIt() {
    // ours gives the stage another owner so that the architect can go; theirs another owner
    OperatingModel ours =
        HandEdits.roles(
            HandEdits.assignments(
                HandEdits.stage(BASE, "r2v.build", s -> s.withOwner("product-owner")), List::clear),
            roles -> roles.removeIf(r -> r.id().equals("architect")));
    OperatingModel theirs = HandEdits.stage(BASE, "r2v.build", s -> s.withOwner("tester"));
    ModelMerge merge = ModelMerge.of(BASE, ours, theirs);
    assertThat(merge.conflicts()).extracting(Conflict::code).containsExactly("both-changed");
    Conflict conflict = merge.conflicts().get(0);
    assertThat(conflict.changes(Side.OURS))
        .extracting(ModelDiffTest::describe)
        .containsExactly(
            "change /valueChains/0/stages/1/owner r2v.build owner architect -> product-owner",
            "remove /roles/0 architect from model roles 0 after null",
            "remove /assignments/0 architect r2v.build ACCOUNTABLE from model assignments 0"
                + " after null");
    assertThat(merge.model().role("architect"))
        .as("kept for the stage that still names it")
        .isPresent();
    assertThat(merge.model().assignments())
        .as("the assignment ours removed for the architect's removal waits with it")
        .isEqualTo(BASE.assignments());
    assertThat(merge.prefer(Side.OURS).model()).isEqualTo(ours);
  }

  @Test
  void theSameIdAddedTwoWays() {
    ModelMerge merge =
        ModelMerge.of(
            BASE,
            HandEdits.roles(BASE, r -> r.add(Role.of("qa", "QA"))),
            HandEdits.roles(BASE, r -> r.add(Role.of("qa", "Quality"))));
    Conflict conflict = merge.conflicts().get(0);
    assertThat(conflict.code()).isEqualTo("both-added");
    assertThat(conflict.place()).isEqualTo(Locator.element(Metamodel.ROLE, "qa"));
    assertThat(conflict.pointer()).isEqualTo("/roles");
    assertThat(conflict.ours()).isEqualTo(Role.of("qa", "QA"));
    assertThat(merge.model()).isEqualTo(BASE);
    assertThat(merge.resolve(conflict, Side.THEIRS).model().role("qa").orElseThrow().name())
        .isEqualTo("Quality");
  }

  @Test
  void oneStageMovedToTwoPlaces() {
    ModelMerge merge =
        ModelMerge.of(
            BASE,
            HandEdits.moveStage(BASE, "o2c.bill", "r2v", 3),
            HandEdits.moveStage(BASE, "o2c.bill", "o2c", 0));
    Conflict conflict = merge.conflicts().get(0);
    assertThat(conflict.code()).isEqualTo("both-moved");
    assertThat(conflict.pointer()).isEqualTo("/valueChains/1/stages/1");
    assertThat(conflict.message())
        .isEqualTo("stage o2c.bill: ours moves it to r2v at 3, theirs to o2c at 0");
    assertThat(merge.model()).isEqualTo(BASE);
    assertThat(merge.prefer(Side.THEIRS).model().valueChain("o2c").orElseThrow().stages())
        .extracting(Stage::id)
        .containsExactly("o2c.bill", "o2c.order");
  }

  @Test
  void reordersOfPresentationalListsNeverConflict() {
    // ours moves the architect to the end, theirs the product owner to the front
    OperatingModel ours = HandEdits.roles(BASE, r -> r.add(r.remove(0)));
    OperatingModel theirs = HandEdits.roles(BASE, r -> r.add(1, r.remove(0)));
    ModelMerge merge = ModelMerge.of(BASE, ours, theirs);
    assertThat(merge.isClean()).isTrue();
    assertThat(merge.model()).as("both moves kept").isEqualTo(ours);
    assertThat(ModelMerge.of(BASE, theirs, ours).model()).isEqualTo(ours);
    OperatingModel removed = removeTester(BASE);
    OperatingModel reordered = HandEdits.roles(BASE, r -> r.add(0, r.remove(2)));
    assertThat(ModelMerge.of(BASE, removed, reordered).model()).isEqualTo(removed);
  }

  @Test
  void oneItemOfAPresentationalListMovedToTwoPlacesIsAConflictNotALoss() {
    // ours puts the tester first, theirs right after the architect
    OperatingModel ours = HandEdits.roles(BASE, r -> r.add(0, r.remove(2)));
    OperatingModel theirs = HandEdits.roles(BASE, r -> r.add(1, r.remove(2)));
    ModelMerge merge = ModelMerge.of(BASE, ours, theirs);
    assertThat(merge.conflicts()).extracting(Conflict::code).containsExactly("both-moved");
    Conflict conflict = merge.conflicts().get(0);
    assertThat(conflict.place()).isEqualTo(Locator.element(Metamodel.ROLE, "tester"));
    assertThat(conflict.field().name()).isEqualTo("roles");
    assertThat(conflict.pointer()).isEqualTo("/roles/2");
    assertThat(conflict.message())
        .isEqualTo("role tester: ours moves it to position 0, theirs to position 1");
    assertThat(merge.model()).as("the base's order until resolved").isEqualTo(BASE);
    assertThat(merge.prefer(Side.OURS).model()).isEqualTo(ours);
    assertThat(merge.prefer(Side.THEIRS).model()).isEqualTo(theirs);
    assertThat(ModelMerge.of(BASE, theirs, ours).conflicts()).containsExactly(conflict.mirror());
    assertThat(ModelMerge.of(BASE, ours, ours).isClean()).as("the same move is one").isTrue();
  }

  @Test
  void aHeldBackRemovalHoldsBackTheChangesMadeForIt() {
    // ours removes the build stage and, with it, the assignment that names it
    OperatingModel ours =
        HandEdits.stages(
            HandEdits.assignments(BASE, List::clear),
            "r2v",
            s -> s.removeIf(x -> x.id().equals("r2v.build")));
    ModelMerge merge = ModelMerge.of(BASE, ours, rename(BASE, "r2v.build", "Construct"));
    assertThat(merge.conflicts()).extracting(Conflict::code).containsExactly("changed-removed");
    assertThat(merge.conflicts().get(0).changes(Side.OURS))
        .extracting(ModelDiffTest::describe)
        .containsExactly(
            "remove /valueChains/0/stages/1 r2v.build from r2v stages 1 after r2v.plan",
            "remove /assignments/0 architect r2v.build ACCOUNTABLE from model assignments 0"
                + " after null");
    assertThat(merge.model()).as("neither the stage nor its assignment removed").isEqualTo(BASE);
    assertThat(merge.prefer(Side.OURS).model()).isEqualTo(ours);

    // ours dissolves the chain o2c: its order stage moves to r2v, its bill stage goes with it
    OperatingModel dissolved =
        HandEdits.moveStage(BASE, "o2c.order", "r2v", 3)
            .withValueChains(
                List.of(HandEdits.moveStage(BASE, "o2c.order", "r2v", 3).valueChains().get(0)));
    ModelMerge chain =
        ModelMerge.of(
            BASE,
            dissolved,
            BASE.withValueChains(
                List.of(BASE.valueChains().get(0), BASE.valueChains().get(1).withName("O2C"))));
    assertThat(chain.conflicts()).extracting(Conflict::code).containsExactly("changed-removed");
    assertThat(chain.model()).as("the stage stays in the chain that stays").isEqualTo(BASE);
    assertThat(chain.prefer(Side.OURS).model()).isEqualTo(dissolved);
  }

  @Test
  void oneStageAddedAtTwoPlacesOfAChainIsAConflict() {
    Stage check = Stage.of("r2v.check", "Check");
    OperatingModel ours = HandEdits.stages(BASE, "r2v", s -> s.add(2, check));
    OperatingModel theirs = HandEdits.stages(BASE, "r2v", s -> s.add(1, check));
    ModelMerge merge = ModelMerge.of(BASE, ours, theirs);
    assertThat(merge.conflicts()).extracting(Conflict::code).containsExactly("both-added");
    assertThat(merge.model()).isEqualTo(BASE);
    assertThat(merge.prefer(Side.THEIRS).model()).isEqualTo(theirs);
    assertThat(ModelMerge.of(BASE, ours, ours).model()).isEqualTo(ours);
  }

  @Test
  void changesValidAloneThatBreakAnInvariantTogether() {
    OperatingModel base =
        withPricing(BASE, Pricing.builder().model(PricingModel.FIXED).currency("EUR").build());
    OperatingModel ours =
        withPricing(BASE, Pricing.of(PricingModel.FIXED, new BigDecimal("100"), "EUR"));
    OperatingModel theirs = withPricing(BASE, Pricing.of(PricingModel.FIXED));
    ModelMerge merge = ModelMerge.of(base, ours, theirs);
    assertThat(merge.conflicts()).hasSize(1);
    Conflict conflict = merge.conflicts().get(0);
    assertThat(conflict.code()).isEqualTo("breaks-invariant");
    assertThat(conflict.place().toString()).isEqualTo("collab/pricing");
    assertThat(conflict.field().name()).isEqualTo("currency");
    assertThat(conflict.base()).isEqualTo("EUR");
    assertThat(conflict.theirs()).isNull();
    assertThat(conflict.pointer()).isEqualTo("/offerings/0/pricing/currency");
    assertThat(conflict.detail()).contains("an amount needs a currency");
    assertThat(merge.model()).isEqualTo(base);
    assertThat(merge.prefer(Side.OURS).model()).isEqualTo(ours);
    assertThat(merge.prefer(Side.THEIRS).model()).isEqualTo(theirs);
  }

  private static OperatingModel withPricing(OperatingModel model, Pricing pricing) {
    Offering collab = model.offering("collab").orElseThrow();
    return model.withOfferings(
        List.of(Offering.builder().copyFrom(collab).pricing(pricing).build()));
  }

  @Test
  void aConflictOfAnotherMergeIsRefused() {
    ModelMerge merge =
        ModelMerge.of(BASE, rename(BASE, "r2v.build", "A"), rename(BASE, "r2v.build", "B"));
    Conflict other =
        ModelMerge.of(BASE, rename(BASE, "r2v.run", "A"), rename(BASE, "r2v.run", "B"))
            .conflicts()
            .get(0);
    assertThatThrownBy(() -> merge.resolve(other, Side.OURS))
        .isInstanceOf(IllegalArgumentException.class);
    Conflict removal =
        ModelMerge.of(BASE, removeBill(BASE), rename(BASE, "o2c.bill", "X")).conflicts().get(0);
    ModelMerge removalMerge = ModelMerge.of(BASE, removeBill(BASE), rename(BASE, "o2c.bill", "X"));
    assertThatThrownBy(() -> removalMerge.resolveWith(removal, "Y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both-changed");
    assertThat(merge.changes(Side.OURS))
        .isEqualTo(ModelDiff.between(BASE, rename(BASE, "r2v.build", "A")));
    assertThat(merge.base()).isEqualTo(BASE);
  }
}
