package dev.itom.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpatialGridTest {
  @Test
  void aQueryAnswersAsATestOfEveryBoxWouldAndLooksOnlyNearby() {
    SpatialGrid<Box> grid = new SpatialGrid<>(50, 30);
    List<Box> all = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 400; i++) {
      Box box =
          new Box(
              random.nextDouble(-300, 3000),
              random.nextDouble(-300, 3000),
              random.nextDouble(0, 400),
              random.nextDouble(0, 60));
      all.add(box);
      grid.add(box, box);
    }
    for (int q = 0; q < 2000; q++) {
      Box query =
          new Box(
              random.nextDouble(-400, 3100),
              random.nextDouble(-400, 3100),
              random.nextDouble(0, 120),
              random.nextDouble(0, 20));
      double pad = q % 3;
      boolean everywhere = all.stream().anyMatch(b -> AlignmentLayout.near(b, query, pad));
      List<Box> tested = new ArrayList<>();
      boolean nearby =
          grid.any(
              query,
              pad,
              b -> {
                tested.add(b);
                return AlignmentLayout.near(b, query, pad);
              });
      assertThat(nearby).as("query %s", query).isEqualTo(everywhere);
      assertThat(tested.size()).isLessThan(all.size() / 4);
    }
  }

  @Test
  void boxesThatOnlyTouchAQueryAreTestedAndAnEmptyGridHasNothing() {
    SpatialGrid<Box> grid = new SpatialGrid<>(10, 10);
    assertThat(grid.any(0, 0, 1000, 1000, b -> true)).isFalse();
    grid.add(new Box(20, 20, 5, 5), new Box(20, 20, 5, 5));
    assertThat(grid.any(new Box(25, 25, 3, 3), 0, b -> true)).isTrue();
    assertThat(grid.any(new Box(8, 8, 1, 1), 0, b -> true)).isFalse();
  }
}
