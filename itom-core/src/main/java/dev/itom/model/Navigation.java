package dev.itom.model;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * The reverse references of one model (which processes support a stage, which stages consume an
 * artifact, ...), each relation built on its first use so that reading and validating a model does
 * not pay for them, nor a query for the relations it does not ask for. Thread-safe: a relation is
 * built at most once, under a lock, and read without one.
 */
final class Navigation {
  /** One reverse relation: its slot among the {@value #RELATIONS} and how to walk the model. */
  static final class Reverse<T> {
    final int slot;
    final Relation.Walk<T> walk;

    private Reverse(int slot, Relation.Walk<T> walk) {
      this.slot = slot;
      this.walk = walk;
    }
  }

  /** The number of relations. */
  static final int RELATIONS = 8;

  static final Reverse<SupportProcess> PROCESSES_SUPPORTING =
      new Reverse<>(0, refs(OperatingModel::processes, SupportProcess::supports));

  static final Reverse<Alignment> ALIGNMENTS_OF =
      new Reverse<>(
          1,
          (model, sink) -> {
            for (Alignment alignment : model.alignments()) {
              sink.put(alignment.from(), alignment);
              if (!alignment.to().equals(alignment.from())) {
                sink.put(alignment.to(), alignment);
              }
            }
          });

  static final Reverse<Stage> PRODUCERS = new Reverse<>(2, stageRefs(Stage::produces));

  static final Reverse<Stage> CONSUMERS = new Reverse<>(3, stageRefs(Stage::consumes));

  static final Reverse<Assignment> ASSIGNMENTS_FOR =
      new Reverse<>(
          4,
          (model, sink) -> {
            for (Assignment assignment : model.assignments()) {
              sink.put(assignment.target(), assignment);
            }
          });

  static final Reverse<Kpi> KPIS_MEASURING =
      new Reverse<>(5, refs(OperatingModel::kpis, Kpi::measures));

  static final Reverse<Offering> OFFERINGS_REALIZED_BY =
      new Reverse<>(6, refs(OperatingModel::offerings, Offering::realizedBy));

  static final Reverse<Offering> OFFERINGS_SERVING =
      new Reverse<>(7, refs(OperatingModel::offerings, Offering::consumers));

  /** The walk of a reference list: each id that {@code ids} of each source lists. */
  private static <T> Relation.Walk<T> refs(
      Function<OperatingModel, List<T>> sources, Function<T, List<String>> ids) {
    return (model, sink) -> {
      for (T source : sources.apply(model)) {
        for (String id : ids.apply(source)) {
          sink.put(id, source);
        }
      }
    };
  }

  /** The walk of a reference list of stages, chain by chain, without a list of all stages. */
  private static Relation.Walk<Stage> stageRefs(Function<Stage, List<String>> ids) {
    return (model, sink) -> {
      for (ValueChain chain : model.valueChains()) {
        for (Stage stage : chain.stages()) {
          for (String id : ids.apply(stage)) {
            sink.put(id, stage);
          }
        }
      }
    };
  }

  private final OperatingModel model;
  private final ModelIndex index;

  /** The relations built so far, by {@link Reverse#slot}. */
  private final AtomicReferenceArray<Relation<?>> relations = new AtomicReferenceArray<>(RELATIONS);

  Navigation(OperatingModel model, ModelIndex index) {
    this.model = model;
    this.index = index;
  }

  /** Returns one of the relations above, built on the first call. */
  // The relation in a slot was built by the walk of that slot, so its values are the walk's.
  @SuppressWarnings("unchecked")
  <T> Relation<T> relation(Reverse<T> reverse) {
    Relation<?> result = relations.get(reverse.slot);
    if (result == null) {
      synchronized (this) {
        result = relations.get(reverse.slot);
        if (result == null) {
          result = new Relation<>(model, index, reverse.walk);
          relations.set(reverse.slot, result);
        }
      }
    }
    return (Relation<T>) result;
  }
}
