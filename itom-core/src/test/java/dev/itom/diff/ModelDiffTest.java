package dev.itom.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
import dev.itom.model.Assignment;
import dev.itom.model.InvalidModelException;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import dev.itom.model.Responsibility;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Golden examples of every kind of change: the exact changes, their paths and the text. */
class ModelDiffTest {
  private static final OperatingModel BASE = DiffSamples.base();

  /** A change in a line of its own: kind, path, what and where. */
  static String describe(Change change) {
    if (change instanceof Change.Edit edit) {
      return "change "
          + edit.path()
          + " "
          + edit.owner()
          + " "
          + edit.field().name()
          + (edit.entry() == null ? "" : "[" + edit.entry() + "]")
          + " "
          + edit.oldValue()
          + " -> "
          + edit.newValue();
    }
    if (change instanceof Change.Add add) {
      return "add " + add.path() + " " + add.key() + " to " + at(add.at());
    }
    if (change instanceof Change.Remove remove) {
      return "remove " + remove.path() + " " + remove.key() + " from " + at(remove.at());
    }
    Change.Move move = (Change.Move) change;
    return "move "
        + move.beforePath()
        + " -> "
        + move.path()
        + " "
        + move.key()
        + " from "
        + at(move.from())
        + " to "
        + at(move.to())
        + (move.isPresentational() ? " (presentational)" : "");
  }

  private static String at(Placement at) {
    return at.owner() + " " + at.field().name() + " " + at.index() + " after " + at.after();
  }

  static List<String> describe(ModelDiff diff) {
    return diff.changes().stream().map(ModelDiffTest::describe).collect(Collectors.toList());
  }

  @Test
  void everyKindOfChangeWithItsPathOwnerAndValues() {
    ModelDiff diff = ModelDiff.between(BASE, DiffSamples.everyKindOfChange());
    assertThat(describe(diff))
        .containsExactly(
            "change /version model version 1 -> 2",
            "change /properties/region model properties[region] null -> EU",
            "remove /roles/2 tester from model roles 2 after product-owner",
            "move /roles/1 -> /roles/0 product-owner from model roles 1 after architect"
                + " to model roles 0 after null (presentational)",
            "add /valueChains/0/stages/0/questions/1 How? to r2v.plan questions 1 after Why?",
            "change /valueChains/0/stages/1/name r2v.build name Build -> Design and build",
            "change /valueChains/0/stages/1/owner r2v.build owner architect -> product-owner",
            "remove /valueChains/0/stages/1/produces/0 draft from r2v.build produces 0 after null",
            "add /valueChains/0/stages/1/produces/0 design to r2v.build produces 0 after null",
            "add /valueChains/0/stages/2 r2v.check to r2v stages 2 after r2v.build",
            "move /valueChains/1/stages/1 -> /valueChains/0/stages/4 o2c.bill"
                + " from o2c stages 1 after o2c.order to r2v stages 4 after r2v.run",
            "change /processes/0/frameworks/0/name portfolio/frameworks[cobit2019 APO05] name"
                + " Managed Portfolio -> Portfolio",
            "add /alignments/1 o2c.order r2v.plan FEEDBACK to model alignments 1"
                + " after r2v.run o2c.order HANDOFF",
            "change /offerings/0/pricing/amount collab/pricing amount 7.50 -> 8.00");
    assertThat(diff.presentational()).hasSize(1);
    assertThat(diff.structural()).hasSize(13);
    assertThat(diff.applyTo(BASE)).isEqualTo(DiffSamples.everyKindOfChange());
    assertThat(diff.inverse().applyTo(DiffSamples.everyKindOfChange())).isEqualTo(BASE);
  }

  @Test
  void aStageMovedToAnotherChainIsOneMoveThatKeepsItsOwnChanges() {
    OperatingModel after =
        HandEdits.stage(
            HandEdits.moveStage(BASE, "o2c.bill", "r2v", 3),
            "o2c.bill",
            s -> s.withName("Invoice"));
    ModelDiff diff = ModelDiff.between(BASE, after);
    Locator r2v = Locator.element(Metamodel.VALUE_CHAIN, "r2v");
    Locator o2c = Locator.element(Metamodel.VALUE_CHAIN, "o2c");
    var stages = Metamodel.VALUE_CHAIN.field("stages").orElseThrow();
    assertThat(diff.changes())
        .containsExactly(
            new Change.Move(
                Key.of("o2c.bill"),
                new Placement(o2c, stages, 1, Key.of("o2c.order")),
                new Placement(r2v, stages, 3, Key.of("r2v.run")),
                "/valueChains/1/stages/1",
                "/valueChains/0/stages/3"),
            new Change.Edit(
                Locator.element(Metamodel.STAGE, "o2c.bill"),
                Metamodel.STAGE.field("name").orElseThrow(),
                null,
                "Bill",
                "Invoice",
                "/valueChains/1/stages/1/name",
                "/valueChains/0/stages/3/name"));
    assertThat(diff.changes().get(0).isPresentational()).isFalse();
    assertThat(DiffText.render(diff))
        .isEqualTo(
            "stage o2c.bill \"Bill\": moved from o2c at 1 to r2v at 3; name \"Bill\" -> \"Invoice\"\n");
  }

  @Test
  void aReorderIsOneMoveNeverARemoveAndAnAdd() {
    OperatingModel after = HandEdits.moveStage(BASE, "r2v.run", "r2v", 0);
    assertThat(describe(ModelDiff.between(BASE, after)))
        .containsExactly(
            "move /valueChains/0/stages/2 -> /valueChains/0/stages/0 r2v.run"
                + " from r2v stages 2 after r2v.build to r2v stages 0 after null");
    OperatingModel roles = HandEdits.roles(BASE, list -> list.add(list.remove(0)));
    ModelDiff reorder = ModelDiff.between(BASE, roles);
    assertThat(describe(reorder))
        .containsExactly(
            "move /roles/0 -> /roles/2 architect from model roles 0 after null"
                + " to model roles 2 after tester (presentational)");
    assertThat(DiffText.render(reorder))
        .isEqualTo("Presentational order:\n  role architect \"Architect\": moved from 0 to 2\n");
  }

  @Test
  void partsAreMatchedByWhatIdentifiesThem() {
    OperatingModel after =
        HandEdits.alignments(
            BASE,
            list ->
                list.set(
                    0,
                    Alignment.builder()
                        .from("r2v.run")
                        .to("o2c.order")
                        .kind(AlignmentKind.HANDOFF)
                        .description("the order")
                        .build()));
    after =
        HandEdits.assignments(
            after,
            list -> {
              list.add(0, Assignment.of("tester", "r2v.run", Responsibility.CONSULTED));
              list.set(
                  1,
                  Assignment.builder()
                      .role("architect")
                      .target("r2v.build")
                      .responsibility(Responsibility.ACCOUNTABLE)
                      .putProperties("since", "2026")
                      .build());
            });
    after =
        HandEdits.role(
            after, "tester", r -> Role.builder().copyFrom(r).putProperties("team", "QA").build());
    ModelDiff diff = ModelDiff.between(BASE, after);
    assertThat(describe(diff))
        .containsExactly(
            "change /roles/2/properties/team tester properties[team] null -> QA",
            "change /alignments/0/description model/alignments[r2v.run o2c.order HANDOFF]"
                + " description null -> the order",
            "add /assignments/0 tester r2v.run CONSULTED to model assignments 0 after null",
            "change /assignments/1/properties/since model/assignments[architect r2v.build"
                + " ACCOUNTABLE] properties[since] null -> 2026");
    assertThat(DiffText.render(diff))
        .isEqualTo(
            "role tester \"Tester\": properties +\"team\" \"QA\"\n"
                + "alignment r2v.run o2c.order handoff: description none -> \"the order\"\n"
                + "assignment tester r2v.run consulted: added at 0\n"
                + "assignment architect r2v.build accountable: properties +\"since\" \"2026\"\n");
  }

  @Test
  void theReportGroupsChangesByElement() {
    ModelDiff diff = ModelDiff.between(BASE, DiffSamples.everyKindOfChange());
    assertThat(DiffText.render(diff))
        .isEqualTo(
            "model \"ACME IT\": version \"1\" -> \"2\"; properties +\"region\" \"EU\"\n"
                + "role tester \"Tester\": removed (was at 2)\n"
                + "stage r2v.plan \"Plan\": questions +\"How?\"\n"
                + "stage r2v.build \"Build\": name \"Build\" -> \"Design and build\";"
                + " owner architect -> product-owner; produces -draft +design\n"
                + "stage r2v.check \"Check\": added to r2v at 2\n"
                + "stage o2c.bill \"Bill\": moved from o2c at 1 to r2v at 4\n"
                + "process portfolio \"Portfolio management\":"
                + " frameworks[cobit2019 APO05].name \"Managed Portfolio\" -> \"Portfolio\"\n"
                + "alignment o2c.order r2v.plan feedback: added at 1\n"
                + "offering collab \"Collaboration\": pricing.amount 7.50 -> 8.00\n"
                + "Presentational order:\n"
                + "  role product-owner \"Product owner\": moved from 1 to 0\n");
    assertThat(diff).hasToString(DiffText.render(diff));
    assertThat(DiffText.render(ModelDiff.between(BASE, BASE))).isEqualTo("no changes\n");
  }

  @Test
  void aNewChainThatTakesOverAStageIsAnAddAndAMove() {
    OperatingModel after =
        HandEdits.stages(BASE, "o2c", stages -> stages.removeIf(s -> s.id().equals("o2c.bill")));
    after =
        after.withValueChains(
            ImmutableList.<dev.itom.model.ValueChain>builder()
                .addAll(after.valueChains())
                .add(
                    dev.itom.model.ValueChain.builder()
                        .id("billing")
                        .name("Billing")
                        .kind(dev.itom.model.ValueChainKind.CUSTOM)
                        .addStages(
                            Stage.of("billing.check", "Check"),
                            BASE.stage("o2c.bill").orElseThrow())
                        .build())
                .build());
    ModelDiff diff = ModelDiff.between(BASE, after);
    assertThat(describe(diff))
        .containsExactly(
            "add /valueChains/2 billing to model valueChains 2 after o2c",
            "move /valueChains/1/stages/1 -> /valueChains/2/stages/1 o2c.bill"
                + " from o2c stages 1 after o2c.order to billing stages 1 after billing.check");
    Change.Add add = (Change.Add) diff.changes().get(0);
    assertThat(((dev.itom.model.ValueChain) add.value()).stages())
        .extracting(Stage::id)
        .as("the stage that moved in is not part of the add")
        .containsExactly("billing.check");
    assertThat(diff.applyTo(BASE)).isEqualTo(after);
    assertThat(diff.inverse().applyTo(after)).isEqualTo(BASE);
  }

  /** The changes find their element by id in a version where the other side inserted others. */
  @Test
  void aDiffAppliesToAnotherVersionByIdentityNotByPosition() {
    OperatingModel renamed = HandEdits.stage(BASE, "r2v.run", s -> s.withName("Operate"));
    ModelDiff diff = ModelDiff.between(BASE, renamed);
    OperatingModel other =
        HandEdits.stages(BASE, "r2v", stages -> stages.add(0, Stage.of("r2v.idea", "Idea")));
    other = HandEdits.roles(other, roles -> roles.add(0, Role.of("analyst", "Analyst")));
    OperatingModel applied = diff.applyTo(other);
    assertThat(applied.stage("r2v.run").orElseThrow().name()).isEqualTo("Operate");
    assertThat(applied.stage("r2v.idea").orElseThrow().name()).isEqualTo("Idea");
    assertThat(applied.valueChain("r2v").orElseThrow().stages())
        .extracting(Stage::id)
        .containsExactly("r2v.idea", "r2v.plan", "r2v.build", "r2v.run");

    // an insert after a neighbour: after it, wherever the neighbour now is
    OperatingModel inserted =
        HandEdits.stages(BASE, "r2v", stages -> stages.add(2, Stage.of("r2v.check", "Check")));
    assertThat(
            ModelDiff.between(BASE, inserted)
                .applyTo(other)
                .valueChain("r2v")
                .orElseThrow()
                .stages())
        .extracting(Stage::id)
        .containsExactly("r2v.idea", "r2v.plan", "r2v.build", "r2v.check", "r2v.run");
  }

  @Test
  void aStaleChangeIsRefusedWithItsPathAndNothingIsApplied() {
    OperatingModel ours =
        HandEdits.stage(
            HandEdits.stage(BASE, "r2v.build", s -> s.withName("Design and build")),
            "o2c.bill",
            s -> s.withName("Invoice"));
    ModelDiff diff = ModelDiff.between(BASE, ours);
    OperatingModel theirs =
        HandEdits.stage(
            HandEdits.stage(BASE, "r2v.build", s -> s.withName("Construct")),
            "o2c.bill",
            s -> s.withName("Charge"));
    StaleChangeException stale =
        catchThrowableOfType(StaleChangeException.class, () -> diff.applyTo(theirs));
    assertThat(stale.stale())
        .extracting(StaleChange::code, StaleChange::pointer)
        .containsExactly(
            tuple("value-differs", "/valueChains/0/stages/1/name"),
            tuple("value-differs", "/valueChains/1/stages/1/name"));
    assertThat(stale)
        .hasMessage(
            "2 changes do not fit the target model; nothing was applied:\n"
                + "  /valueChains/0/stages/1/name: the target holds Construct, the change expects"
                + " Build\n"
                + "  /valueChains/1/stages/1/name: the target holds Charge, the change expects Bill");

    // a removed element, an id already taken, a neighbour that is gone
    OperatingModel without =
        HandEdits.stages(BASE, "o2c", stages -> stages.removeIf(s -> s.id().equals("o2c.bill")));
    assertThat(
            catchThrowableOfType(StaleChangeException.class, () -> diff.applyTo(without)).stale())
        .extracting(StaleChange::code, StaleChange::pointer)
        .containsExactly(tuple("missing-target", "/valueChains/1/stages/1/name"));
    OperatingModel added =
        HandEdits.stages(BASE, "o2c", stages -> stages.add(2, Stage.of("o2c.check", "Check")));
    ModelDiff add = ModelDiff.between(BASE, added);
    assertThat(catchThrowableOfType(StaleChangeException.class, () -> add.applyTo(added)).stale())
        .extracting(StaleChange::code)
        .containsExactly("already-present");
    assertThat(catchThrowableOfType(StaleChangeException.class, () -> add.applyTo(without)).stale())
        .extracting(StaleChange::code, StaleChange::pointer)
        .containsExactly(tuple("missing-anchor", "/valueChains/1/stages/2"));
  }

  @Test
  void aRemoveChecksThatTheTargetHoldsWhatWasRemoved() {
    OperatingModel without =
        HandEdits.roles(
            HandEdits.assignments(BASE, List::clear),
            roles -> roles.removeIf(r -> r.id().equals("tester")));
    ModelDiff remove = ModelDiff.between(HandEdits.assignments(BASE, List::clear), without);
    OperatingModel renamed = HandEdits.role(BASE, "tester", r -> r.withName("QA"));
    assertThat(
            catchThrowableOfType(StaleChangeException.class, () -> remove.applyTo(renamed)).stale())
        .extracting(StaleChange::code, StaleChange::pointer)
        .containsExactly(tuple("value-differs", "/roles/2"));
  }

  @Test
  void changesThatFitButBreakAnInvariantTogetherListEveryViolation() {
    OperatingModel owned = HandEdits.stage(BASE, "r2v.run", s -> s.withOwner("tester"));
    ModelDiff diff = ModelDiff.between(BASE, owned);
    OperatingModel noTester = HandEdits.roles(BASE, roles -> roles.remove(2));
    assertThatThrownBy(() -> diff.applyTo(noTester))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("/valueChains/0/stages/2/owner");
  }

  @Test
  void changesCheckTheirComponents() {
    var name = Metamodel.STAGE.field("name").orElseThrow();
    var roles = Metamodel.MODEL.field("roles").orElseThrow();
    Locator stage = Locator.element(Metamodel.STAGE, "s");
    assertThatThrownBy(() -> new Change.Edit(stage, name, null, "A", "A", "/x", "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not change");
    assertThatThrownBy(() -> new Change.Edit(stage, roles, null, "A", "B", "/x", "/x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Change.Edit(stage, name, null, 1, "B", "/x", "/x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Change.Add(
                    new Placement(Locator.model(), roles, 0, null),
                    Key.of("x"),
                    Role.of("y", "Y"),
                    "/roles/0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not the key");
    assertThatThrownBy(() -> new Placement(Locator.model(), roles, 1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Locator.element(Metamodel.PRICING, "p"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Change.Kind.CHANGE.code()).isEqualTo("change");
    assertThat(Key.of("a", AlignmentKind.HANDOFF)).hasToString("a HANDOFF");
    assertThat(new Key(ImmutableList.of("q"), 1)).hasToString("q#1");
  }
}
