package dev.itom.model;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The reverse references of one model (which processes support a stage, which stages consume an
 * artifact, ...), each relation built on its first use so that reading and validating a model does
 * not pay for them, nor a query for the relations it does not ask for. Thread-safe: a relation is
 * built at most once, under a lock, and read without one.
 */
final class Navigation {
  /**
   * The value of a relation that a source number gives: the element with that ordinal, or the link
   * at that position of its list, as the check of a model records it ({@link Resolved}).
   */
  @FunctionalInterface
  interface Source<T> {
    T at(OperatingModel model, ModelIndex index, int source);
  }

  /**
   * One reverse relation: its slot among the {@value #RELATIONS}, how to walk the model, and what
   * the sources that the check records for it stand for.
   */
  static final class Reverse<T> {
    final int slot;
    final Relation.Walk<T> walk;
    final Source<T> source;

    private Reverse(int slot, Relation.Walk<T> walk, Source<T> source) {
      this.slot = slot;
      this.walk = walk;
      this.source = source;
    }
  }

  /** The number of relations. */
  static final int RELATIONS = 8;

  static final Reverse<SupportProcess> PROCESSES_SUPPORTING =
      new Reverse<>(
          0,
          refs(OperatingModel::processes, SupportProcess::supports),
          element(SupportProcess.class));

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
          },
          (model, index, position) -> model.alignments().get(position));

  static final Reverse<Stage> PRODUCERS =
      new Reverse<>(2, stageRefs(Stage::produces), element(Stage.class));

  static final Reverse<Stage> CONSUMERS =
      new Reverse<>(3, stageRefs(Stage::consumes), element(Stage.class));

  static final Reverse<Assignment> ASSIGNMENTS_FOR =
      new Reverse<>(
          4,
          (model, sink) -> {
            for (Assignment assignment : model.assignments()) {
              sink.put(assignment.target(), assignment);
            }
          },
          (model, index, position) -> model.assignments().get(position));

  static final Reverse<Kpi> KPIS_MEASURING =
      new Reverse<>(5, refs(OperatingModel::kpis, Kpi::measures), element(Kpi.class));

  static final Reverse<Offering> OFFERINGS_REALIZED_BY =
      new Reverse<>(
          6, refs(OperatingModel::offerings, Offering::realizedBy), element(Offering.class));

  static final Reverse<Offering> OFFERINGS_SERVING =
      new Reverse<>(
          7, refs(OperatingModel::offerings, Offering::consumers), element(Offering.class));

  /** The source of a relation whose values are elements of {@code type}: their ordinals. */
  private static <T extends Element> Source<T> element(Class<T> type) {
    return (model, index, ordinal) -> type.cast(index.elementAt(ordinal));
  }

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

  /**
   * The pairs the model's check resolved, if it checked the whole model; each relation takes its
   * own under this object's lock.
   */
  private final @Nullable Resolved resolved;

  /** The relations built so far, by {@link Reverse#slot}. */
  private final AtomicReferenceArray<Relation<?>> relations = new AtomicReferenceArray<>(RELATIONS);

  /**
   * The navigation of {@code model}, whose relations are built from the pairs that its check {@code
   * resolved}, or by walking the model and looking its ids up if that is null.
   */
  Navigation(OperatingModel model, ModelIndex index, @Nullable Resolved resolved) {
    this.model = model;
    this.index = index;
    this.resolved = resolved;
  }

  /** Whether the check's pairs of {@code reverse} wait for its relation to be built; for tests. */
  synchronized boolean holdsPairsOf(Reverse<?> reverse) {
    return resolved != null && resolved.holds(reverse);
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
          Resolved.Pairs pairs = resolved == null ? null : resolved.take(reverse);
          result =
              pairs == null
                  ? Relation.walking(model, index, reverse.walk)
                  : Relation.resolved(model, index, reverse.source, pairs);
          relations.set(reverse.slot, result);
        }
      }
    }
    return (Relation<T>) result;
  }
}
