package dev.itom.diff;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import org.junit.jupiter.api.Test;

/** Guava's {@code EqualsTester} for the value types of {@code dev.itom.diff}. */
class DiffEqualityTest {
  private static final OperatingModel BASE = DiffSamples.base();
  private static final OperatingModel AFTER = DiffSamples.everyKindOfChange();

  @Test
  void diffsAreEqualByTheirChangesInOrder() {
    ModelDiff diff = ModelDiff.between(BASE, AFTER);
    new EqualsTester()
        .addEqualityGroup(diff, ModelDiff.between(BASE, AFTER), ModelDiff.of(diff.changes()))
        .addEqualityGroup(diff.inverse(), diff.inverse().inverse().inverse())
        .addEqualityGroup(
            ModelDiff.empty(), ModelDiff.between(BASE, BASE), ModelDiff.of(ImmutableList.of()))
        .testEquals();
  }

  @Test
  void changesAreEqualByEveryComponent() {
    EqualsTester tester = new EqualsTester();
    for (Change change : ModelDiff.between(BASE, AFTER).changes()) {
      tester.addEqualityGroup(
          change,
          ModelDiff.between(BASE, AFTER)
              .changes()
              .get(ModelDiff.between(BASE, AFTER).changes().indexOf(change)));
      tester.addEqualityGroup(change.inverse());
    }
    tester.testEquals();
  }

  @Test
  void keysLocatorsAndPlacementsAreValues() {
    var roles = Metamodel.MODEL.field("roles").orElseThrow();
    var alignments = Metamodel.MODEL.field("alignments").orElseThrow();
    new EqualsTester()
        .addEqualityGroup(Key.of("a"), new Key(ImmutableList.of("a"), 0))
        .addEqualityGroup(new Key(ImmutableList.of("a"), 1))
        .addEqualityGroup(Key.of("a", "b"))
        .addEqualityGroup(Key.none(), Key.of())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Locator.model(), Locator.model().child(alignments, Key.of("x")).parent().orElseThrow())
        .addEqualityGroup(Locator.model().child(alignments, Key.of("x")))
        .addEqualityGroup(Locator.element(Metamodel.ROLE, "a"))
        .addEqualityGroup(Locator.element(Metamodel.ARTIFACT, "a"))
        .addEqualityGroup(new Locator.Step(alignments, Key.of("x")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Placement(Locator.model(), roles, 0, null),
            new Placement(Locator.model(), roles, 0, null))
        .addEqualityGroup(new Placement(Locator.model(), roles, 1, Key.of("a")))
        .addEqualityGroup(new Placement(Locator.model(), alignments, 0, null))
        .testEquals();
  }

  @Test
  void conflictsAndStaleChangesAreValues() {
    OperatingModel ours = HandEdits.stage(BASE, "r2v.build", s -> s.withName("A"));
    OperatingModel theirs = HandEdits.stage(BASE, "r2v.build", s -> s.withName("B"));
    Conflict conflict = ModelMerge.of(BASE, ours, theirs).conflicts().get(0);
    new EqualsTester()
        .addEqualityGroup(
            conflict,
            ModelMerge.of(BASE, ours, theirs).conflicts().get(0),
            conflict.mirror().mirror())
        .addEqualityGroup(conflict.mirror(), ModelMerge.of(BASE, theirs, ours).conflicts().get(0))
        .testEquals();
    StaleChange stale = staleOf(ModelDiff.between(BASE, ours), theirs);
    new EqualsTester()
        .addEqualityGroup(stale, staleOf(ModelDiff.between(BASE, ours), theirs))
        .addEqualityGroup(new StaleChange("missing-target", stale.change(), stale.message()))
        .testEquals();
  }

  private static StaleChange staleOf(ModelDiff diff, OperatingModel target) {
    try {
      diff.applyTo(target);
    } catch (StaleChangeException e) {
      return e.stale().get(0);
    }
    throw new AssertionError("not stale");
  }
}
