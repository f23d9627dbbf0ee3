package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.itom.internal.Derivation;
import dev.itom.templates.Templates;
import dev.itom.testing.RandomEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The relations of a model checked whole are built from the ordinals its check recorded; they must
 * be exactly the relations that walking the model and looking its ids up gives.
 */
class RelationsFromCheckTest {
  private static final ImmutableList<Navigation.Reverse<?>> REVERSES =
      ImmutableList.of(
          Navigation.PROCESSES_SUPPORTING,
          Navigation.ALIGNMENTS_OF,
          Navigation.PRODUCERS,
          Navigation.CONSUMERS,
          Navigation.ASSIGNMENTS_FOR,
          Navigation.KPIS_MEASURING,
          Navigation.OFFERINGS_REALIZED_BY,
          Navigation.OFFERINGS_SERVING);

  private static final int SEEDS = 300;

  @Test
  void everyRelationIsListedHereOnce() {
    assertThat(REVERSES).hasSize(Navigation.RELATIONS);
    assertThat(REVERSES.stream().map(reverse -> reverse.slot).distinct()).hasSize(REVERSES.size());
  }

  @Test
  void templatesGiveTheRelationsOfTheWalk() {
    for (OperatingModel model :
        List.of(
            Templates.referenceModel(),
            Templates.it4it(),
            Templates.itil4(),
            Templates.sample(5_000))) {
      assertThat(assertSameRelations(model, model.id())).as(model.id()).isPositive();
    }
  }

  @Test
  void randomModelsGiveTheRelationsOfTheWalk() {
    int pairs = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      pairs += assertSameRelations(RandomEdits.model(seed), "seed " + seed);
    }
    assertThat(pairs).as("elements with a value in some relation").isGreaterThan(SEEDS * 5);
  }

  @Test
  void longReferenceListsAndSharedTargetsGiveTheRelationsOfTheWalk() {
    OperatingModelBuilder builder =
        OperatingModel.builder("m", "M").consumer("c", "C", ConsumerKind.CUSTOMER);
    List<String> artifacts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      builder.artifact("x" + i, "X" + i);
      artifacts.add("x" + i);
    }
    String[] all = artifacts.toArray(String[]::new);
    OperatingModel model =
        builder
            .requirementToValue(
                "r2v",
                "R2V",
                c ->
                    c.stage("a", "A", s -> s.produces(all).consumes("x0"))
                        .stage("b", "B", s -> s.consumes(all))
                        .stage("d", "D", s -> s.produces("x0", "x19")))
            .offering("o1", "O1", o -> o.consumers("c").realizedBy("a", "b"))
            .offering("o2", "O2", o -> o.consumers("c").realizedBy("a"))
            .build();

    assertThat(assertSameRelations(model, "long lists")).isEqualTo(20 + 20 + 2 + 1);
    assertThat(model.stagesProducing("x0")).extracting(Stage::id).containsExactly("a", "d");
    assertThat(model.stagesConsuming("x0")).extracting(Stage::id).containsExactly("a", "b");
    assertThat(model.stagesConsuming("x7")).extracting(Stage::id).containsExactly("b");
    assertThat(model.offeringsRealizedBy("a")).extracting(Offering::id).containsExactly("o1", "o2");
  }

  @Test
  void aModelBuiltAnewHandsEachRelationItsPairsOnce() {
    OperatingModel model = Templates.sample(1_000);
    ModelIndex index = model.index();
    assertThat(index.holdsPairs()).as("before the first navigation").isTrue();

    model.stagesProducing("nothing");

    assertThat(index.holdsPairs()).as("after it").isFalse();
    Navigation navigation = index.navigation();
    assertThat(navigation.holdsPairsOf(Navigation.PRODUCERS)).as("taken by its relation").isFalse();
    for (Navigation.Reverse<?> reverse : REVERSES) {
      if (reverse != Navigation.PRODUCERS) {
        assertThat(navigation.holdsPairsOf(reverse)).as("relation %s", reverse.slot).isTrue();
      }
    }
    model.assignmentsFor("nothing");
    assertThat(navigation.holdsPairsOf(Navigation.ASSIGNMENTS_FOR)).isFalse();
  }

  @Test
  void editedModelsNavigateAsTheSameModelBuiltAnew() {
    int asEdit = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      OperatingModel base = RandomEdits.model(seed);
      long edits = seed * 31 + 7;
      OperatingModel edited = Derivation.from(base, () -> RandomEdits.edit(base, edits));
      OperatingModel anew = Metamodel.MODEL.create(field -> field.get(edited));
      assertThat(anew).isEqualTo(edited);
      assertThat(anew.index().checkedAsEdit()).isFalse();
      if (edited.index().checkedAsEdit()) {
        asEdit++;
        assertThat(edited.index().holdsPairs())
            .as("seed %s: an edit records nothing", seed)
            .isFalse();
      }
      for (int i = 0; i < anew.index().count(); i++) {
        String id = anew.index().elementAt(i).id();
        for (BiFunction<OperatingModel, String, List<?>> query : QUERIES) {
          assertThat(query.apply(edited, id))
              .as("seed %s, %s", seed, id)
              .isEqualTo(query.apply(anew, id));
        }
      }
    }
    assertThat(asEdit).as("edits checked as edits").isGreaterThan(SEEDS / 4);
  }

  private static final List<BiFunction<OperatingModel, String, List<?>>> QUERIES =
      List.of(
          OperatingModel::processesSupporting,
          OperatingModel::alignmentsOf,
          OperatingModel::stagesProducing,
          OperatingModel::stagesConsuming,
          OperatingModel::assignmentsFor,
          OperatingModel::kpisMeasuring,
          OperatingModel::offeringsRealizedBy,
          OperatingModel::offeringsServing);

  /**
   * Asserts that every relation of {@code model} is the same built from the check's pairs as
   * walked, and returns the number of elements with a value, summed over the relations.
   */
  private static int assertSameRelations(OperatingModel model, String name) {
    ModelIndex index = model.index();
    InvariantChecker whole = new InvariantChecker(model, index, null, null);
    assertThat(whole.check()).as(name).isEmpty();
    Resolved resolved = whole.resolved();
    assertThat(resolved).as(name).isNotNull();
    int nonEmpty = 0;
    for (Navigation.Reverse<?> reverse : REVERSES) {
      Relation<?> walked = Relation.walking(model, index, reverse.walk);
      Resolved.Pairs pairs = resolved.take(reverse);
      assertThat(pairs).as("%s, relation %s", name, reverse.slot).isNotNull();
      Relation<?> recorded = Relation.resolved(model, index, reverse.source, pairs);
      for (int i = 0; i < index.count(); i++) {
        String id = index.elementAt(i).id();
        ImmutableList<?> expected = walked.get(id);
        ImmutableList<?> actual = recorded.get(id);
        assertThat(actual).as("%s, relation %s, %s", name, reverse.slot, id).isEqualTo(expected);
        for (int v = 0; v < expected.size(); v++) {
          assertThat(actual.get(v)).isSameAs(expected.get(v));
        }
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
      assertThat(resolved.take(reverse)).as("handed over once").isNull();
    }
    return nonEmpty;
  }
}
