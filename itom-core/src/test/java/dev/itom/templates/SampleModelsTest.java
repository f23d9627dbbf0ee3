package dev.itom.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.itom.model.Assignment;
import dev.itom.model.OperatingModel;
import dev.itom.model.Responsibility;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import dev.itom.testing.SampleModels;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated sample template ({@link Templates#sample(int)}) and the test generators of {@link
 * SampleModels}: sizes, the proportions {@code Templates.sample} documents, determinism.
 */
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

  // ---- Templates.sample ------------------------------------------------------------------------

  /**
   * The proportions {@link Templates#sample(int)} documents. Per hundred elements: 5 roles, 4
   * consumers, 12 artifacts, 3 value chains, 40 stages, 10 processes and 12 offerings, each within
   * one element of its share (rounded down); the KPIs make up the rest, at least their share of 14
   * and at most 7 more (the seven roundings). Exactly the asked number of elements.
   */
  @Test
  void sampleHasTheDocumentedProportions() {
    for (int size : new int[] {100, 1_000, 2_345}) {
      OperatingModel model = Templates.sample(size);
      String as = "sample(" + size + ")";
      assertThat(model.elementCount()).as(as).isEqualTo(size);
      assertThat((double) model.roles().size()).as(as).isCloseTo(size * 5 / 100.0, within(1.0));
      assertThat((double) model.consumers().size()).as(as).isCloseTo(size * 4 / 100.0, within(1.0));
      assertThat((double) model.artifacts().size())
          .as(as)
          .isCloseTo(size * 12 / 100.0, within(1.0));
      assertThat((double) model.valueChains().size())
          .as(as)
          .isCloseTo(size * 3 / 100.0, within(1.0));
      assertThat((double) model.stages().size()).as(as).isCloseTo(size * 40 / 100.0, within(1.0));
      assertThat((double) model.processes().size())
          .as(as)
          .isCloseTo(size * 10 / 100.0, within(1.0));
      assertThat((double) model.offerings().size())
          .as(as)
          .isCloseTo(size * 12 / 100.0, within(1.0));
      assertThat((double) model.kpis().size())
          .as(as)
          .isBetween(size * 14 / 100.0, size * 14 / 100.0 + 7);
      assertTheRestOfTheShape(model, as);
    }
  }

  /** What the documentation promises besides the counts, at any size. */
  private static void assertTheRestOfTheShape(OperatingModel model, String as) {
    assertThat(model.offerings()).as(as).allSatisfy(o -> assertThat(o.pricing()).isPresent());
    assertThat(model.alignments()).as(as).hasSize(model.stages().size() / 2);
    // one RACI assignment per stage (accountable) and per process (responsible), nothing else
    assertThat(model.assignments())
        .as(as)
        .hasSize(model.stages().size() + model.processes().size());
    assertThat(targets(model, Responsibility.ACCOUNTABLE))
        .as(as)
        .isEqualTo(model.stages().stream().map(Stage::id).collect(Collectors.toList()));
    assertThat(targets(model, Responsibility.RESPONSIBLE))
        .as(as)
        .isEqualTo(model.processes().stream().map(SupportProcess::id).collect(Collectors.toList()));
    // properties on every third role and stage
    int roles = model.roles().size();
    int stages = model.stages().size();
    assertThat(model.roles().stream().filter(r -> !r.properties().isEmpty()))
        .as(as)
        .hasSize((roles + 2) / 3);
    assertThat(model.stages().stream().filter(s -> !s.properties().isEmpty()))
        .as(as)
        .hasSize((stages + 2) / 3);
    // the two core chains first, then custom chains
    assertThat(model.valueChains())
        .as(as)
        .extracting(ValueChain::kind)
        .startsWith(ValueChainKind.REQUIREMENT_TO_VALUE, ValueChainKind.ORDER_TO_CASH);
    assertThat(model.valueChains(ValueChainKind.CUSTOM))
        .as(as)
        .hasSize(model.valueChains().size() - 2);
  }

  private static List<String> targets(OperatingModel model, Responsibility responsibility) {
    return model.assignments().stream()
        .filter(a -> a.responsibility() == responsibility)
        .map(Assignment::target)
        .collect(Collectors.toList());
  }

  @Test
  void theSmallestSampleKeepsAMinimumOfEachKind() {
    OperatingModel model = Templates.sample(20);
    assertThat(model.elementCount()).isEqualTo(21);
    assertThat(model.roles()).hasSize(2);
    assertThat(model.consumers()).hasSize(1);
    assertThat(model.artifacts()).hasSize(2);
    assertThat(model.valueChains()).hasSize(2);
    assertThat(model.processes()).hasSize(3);
    assertThat(model.offerings()).hasSize(2);
    assertThat(model.kpis()).hasSize(1);
    assertTheRestOfTheShape(model, "sample(20)");
  }

  @Test
  void sampleIsTheSizedGeneratorWithSeed42() {
    for (int size : new int[] {20, 99, 100, 2_345}) {
      OperatingModel sample = Templates.sample(size);
      assertThat(sample).as("sample(%s)", size).isEqualTo(SampleModels.sized(size, 42));
      assertThat(Templates.sample(size)).isEqualTo(sample);
      assertThat(sample.id()).isEqualTo("sample-" + size);
    }
  }

  @Test
  void sampleOfAHundredListsTheElementsOfItsGoldenFile() throws IOException {
    assertThat(TemplatesTest.listing(Templates.sample(100)))
        .isEqualTo(TemplatesTest.golden("templates/sample-100.txt"));
  }

  @Test
  void sampleRejectsFewerThanTwentyElements() {
    for (int size : new int[] {19, 5, 0, -1, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> Templates.sample(size))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a sample model needs at least 20 elements, got " + size);
    }
  }
}
