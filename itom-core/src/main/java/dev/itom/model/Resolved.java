package dev.itom.model;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The pairs of the reverse navigation relations ({@link Navigation}) as the check of a whole model
 * resolved them: per relation and reference, in the order of the relation's walk, the ordinal of
 * the element the reference names (its target) and the number of what it comes from (its source: an
 * element's ordinal, or a link's position in its list, as the relation's {@link Navigation.Source}
 * says). A relation built from them walks nothing and looks nothing up ({@link Relation#resolved}).
 * Each relation's pairs are handed over once, when the relation is built, and then forgotten, so
 * that the model keeps them (about eight bytes a reference) only until it is first navigated that
 * way; a relation never asked for keeps them for the model's life.
 *
 * <p>Only numbers are recorded, no values: an {@code int} array costs the check one plain store per
 * reference, where an array of references would cost the collector's write barrier on each, which
 * measured as a tenth of the build. Only the check of a whole model records them: the check of an
 * edit passes over what it keeps ({@link Kept}) and so does not see every reference, and the
 * relations of such a model walk it and look its ids up. Not thread-safe: filled by the check, in
 * the constructor of the model's index, and then read under the lock of the model's navigation.
 */
final class Resolved {
  /** The pairs of one relation, in the order of its walk: a target and a source each. */
  static final class Pairs {
    int[] ordinals;
    int[] sources;
    int size;

    Pairs(int capacity) {
      int initial = Math.max(capacity, 4);
      this.ordinals = new int[initial];
      this.sources = new int[initial];
    }

    /**
     * Appends the pair of the next reference of the walk: the ordinal of the element it names and
     * the number of its source.
     */
    void add(int ordinal, int source) {
      int at = size;
      if (at == ordinals.length) {
        ordinals = Arrays.copyOf(ordinals, at * 2);
        sources = Arrays.copyOf(sources, at * 2);
      }
      ordinals[at] = ordinal;
      sources[at] = source;
      size = at + 1;
    }
  }

  /** The pairs by the relation's {@link Navigation.Reverse#slot}; null once handed over. */
  private final @Nullable Pairs[] bySlot = new Pairs[Navigation.RELATIONS];

  /**
   * Makes room for the pairs of {@code model}'s relations, each at first as many as the elements or
   * links they come from (one reference each), so that a typical model does not grow them.
   */
  Resolved(OperatingModel model) {
    int stages = 0;
    for (ValueChain chain : model.valueChains()) {
      stages += chain.stages().size(); // not model.stages(), which copies them into a list
    }
    bySlot[Navigation.PROCESSES_SUPPORTING.slot] = new Pairs(model.processes().size());
    bySlot[Navigation.ALIGNMENTS_OF.slot] = new Pairs(2 * model.alignments().size());
    bySlot[Navigation.PRODUCERS.slot] = new Pairs(stages);
    bySlot[Navigation.CONSUMERS.slot] = new Pairs(stages);
    bySlot[Navigation.ASSIGNMENTS_FOR.slot] = new Pairs(model.assignments().size());
    bySlot[Navigation.KPIS_MEASURING.slot] = new Pairs(model.kpis().size());
    bySlot[Navigation.OFFERINGS_REALIZED_BY.slot] = new Pairs(model.offerings().size());
    bySlot[Navigation.OFFERINGS_SERVING.slot] = new Pairs(model.offerings().size());
  }

  /**
   * Returns the pairs of a relation, to be filled by the check.
   *
   * @throws IllegalStateException if they were handed over already
   */
  Pairs of(Navigation.Reverse<?> reverse) {
    Pairs pairs = bySlot[reverse.slot];
    if (pairs == null) {
      throw new IllegalStateException("the pairs of relation " + reverse.slot + " are gone");
    }
    return pairs;
  }

  /** Whether the pairs of a relation are still here, not yet handed over. */
  boolean holds(Navigation.Reverse<?> reverse) {
    return bySlot[reverse.slot] != null;
  }

  /** Hands the pairs of a relation over and forgets them; null if they were handed over before. */
  @Nullable Pairs take(Navigation.Reverse<?> reverse) {
    Pairs pairs = bySlot[reverse.slot];
    bySlot[reverse.slot] = null;
    return pairs;
  }
}
