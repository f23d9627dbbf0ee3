package dev.itom.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The plan of a list's reorder, applied step by step as JSON Patch applies it (remove at {@code
 * from}, then insert at {@code to}), gives the target list, with one step per item that does not
 * keep its relative order and none for the others.
 */
class ListPlanTest {
  @Test
  void stepsAppliedInOrderGiveTheTargetListMovingEachItemAtMostOnce() {
    SplittableRandom random = new SplittableRandom(1);
    for (int round = 0; round < 2_000; round++) {
      int size = random.nextInt(12);
      List<Integer> have = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        have.add(i);
      }
      List<Integer> want = new ArrayList<>(have);
      Collections.shuffle(want, new java.util.Random(random.nextLong()));
      for (int added = random.nextInt(4); added > 0; added--) {
        want.add(random.nextInt(want.size() + 1), 100 + added);
      }
      List<Integer> list = new ArrayList<>(have);
      List<ListPlan.Step> steps = ListPlan.plan(have, want);
      for (ListPlan.Step step : steps) {
        Integer item = want.get(step.want());
        if (step.from() >= 0) {
          assertThat(list.remove(step.from()))
              .as("round %s: moves the item it names", round)
              .isEqualTo(item);
        } else {
          assertThat(have).doesNotContain(item);
        }
        list.add(step.to(), item);
      }
      assertThat(list).as("round %s: %s to %s", round, have, want).isEqualTo(want);
      assertThat(steps.stream().map(ListPlan.Step::want).distinct().count())
          .isEqualTo(steps.size());
      assertThat(steps.size()).isLessThanOrEqualTo(want.size());
    }
  }

  @Test
  void oneItemMovedBackIsOneMove() {
    List<ListPlan.Step> steps =
        ListPlan.plan(List.of("y", "a", "b", "c"), List.of("a", "b", "c", "y"));
    assertThat(steps).containsExactly(new ListPlan.Step(3, 0, 3));
  }
}
