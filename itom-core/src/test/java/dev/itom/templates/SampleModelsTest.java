package dev.itom.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itom.model.OperatingModel;
import dev.itom.model.ValueChainKind;
import org.junit.jupiter.api.Test;

class SampleModelsTest {

  @Test
  void sizedModelsHaveAboutTheAskedSizeAndEveryKind() {
    for (int size : new int[] {20, 1_000, 10_000}) {
      OperatingModel model = SampleModels.sized(size, 42);
      assertThat(model.elementCount()).isBetween(size * 95 / 100, size * 105 / 100);
      assertThat(model.roles()).isNotEmpty();
      assertThat(model.consumers()).isNotEmpty();
      assertThat(model.artifacts()).isNotEmpty();
      assertThat(model.processes()).isNotEmpty();
      assertThat(model.offerings()).allSatisfy(o -> assertThat(o.pricing()).isPresent());
      assertThat(model.kpis()).isNotEmpty();
      assertThat(model.alignments()).isNotEmpty();
      assertThat(model.assignments()).isNotEmpty();
      assertThat(model.requirementToValue()).isPresent();
      assertThat(model.orderToCash()).isPresent();
      assertThat(model.valueChains(ValueChainKind.CUSTOM)).hasSize(model.valueChains().size() - 2);
    }
  }

  @Test
  void sizedModelsAreDeterministic() {
    assertThat(SampleModels.sized(2_000, 7)).isEqualTo(SampleModels.sized(2_000, 7));
    assertThat(SampleModels.sized(2_000, 7)).isNotEqualTo(SampleModels.sized(2_000, 8));
  }

  @Test
  void sizedRejectsTinyModels() {
    assertThatThrownBy(() -> SampleModels.sized(19, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 20 elements, got 19");
  }

  @Test
  void randomModelsAreValidDeterministicAndVaried() {
    java.util.Set<Integer> sizes = new java.util.HashSet<>();
    for (long seed = 0; seed < 500; seed++) {
      OperatingModel model = SampleModels.random(seed);
      assertThat(SampleModels.random(seed)).isEqualTo(model);
      sizes.add(model.elementCount());
    }
    assertThat(sizes.size()).isGreaterThan(10);
  }
}
