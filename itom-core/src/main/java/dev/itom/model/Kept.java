package dev.itom.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which elements of a model, edited from a valid one, are the valid model's own (the same
 * instances), for a check of only what the edit changed ({@link InvariantChecker}). Each list is
 * walked beside the valid model's list of the same kind: an element that is the one at the current
 * place there is kept without a lookup, so that an element added or removed costs one lookup and
 * shifts nothing; any other element is looked up by id in the valid model's index.
 *
 * <p>Passing over the kept elements is sound only if every reference they make still resolves to
 * the same kind and no id is taken twice, so {@link #of} answers only when every id of the valid
 * model is still there with its kind and the edited model's ids are distinct; otherwise the model
 * is checked whole.
 */
final class Kept {
  private final ModelIndex previous;
  private final boolean[] kept;
  private int present;

  private Kept(ModelIndex index, ModelIndex previous) {
    this.previous = previous;
    this.kept = new boolean[index.count()];
  }

  /**
   * Returns, per ordinal of {@code index}, whether the element there is the valid {@code previous}
   * model's own; null if an id of {@code previous} is gone or has another kind, or if {@code index}
   * has an id twice.
   */
  static boolean @Nullable [] of(OperatingModel model, ModelIndex index, ModelIndex previous) {
    if (index.size() != index.count()) {
      return null;
    }
    OperatingModel before = previous.model();
    Kept walk = new Kept(index, previous);
    int ordinal = walk.list(model.roles(), before.roles(), 0);
    ordinal = walk.list(model.consumers(), before.consumers(), ordinal);
    ordinal = walk.list(model.artifacts(), before.artifacts(), ordinal);
    ordinal =
        walk.nested(
            model.valueChains(),
            before.valueChains(),
            ValueChain.class,
            ValueChain::stages,
            ordinal);
    ordinal = walk.list(model.processes(), before.processes(), ordinal);
    ordinal =
        walk.nested(
            model.offerings(), before.offerings(), Offering.class, Offering::options, ordinal);
    walk.list(model.kpis(), before.kpis(), ordinal);
    return walk.present == previous.count() ? walk.kept : null;
  }

  /** Marks the kept elements of {@code list}, from {@code ordinal} on; returns the next ordinal. */
  private int list(List<? extends Element> list, List<? extends Element> before, int ordinal) {
    int next = ordinal;
    int place = 0;
    for (int i = 0; i < list.size(); i++, next++) {
      Element element = list.get(i);
      if (place < before.size() && same(before.get(place), element)) {
        kept[next] = true;
        present++;
        place++;
        continue;
      }
      int was = previous.ordinalOf(element.id());
      if (was >= 0 && same(previous.elementAt(was), element)) {
        kept[next] = true;
        place = previous.positionAt(was) + 1;
        present++;
      } else if (was >= 0 && previous.kindAt(was) == element.elementKind()) {
        present++;
      }
    }
    return next;
  }

  /**
   * Marks the kept elements of a list of chains or offerings and of their stages or options, from
   * {@code ordinal} on; returns the next ordinal.
   */
  private <P extends Element> int nested(
      List<P> list,
      List<P> before,
      Class<P> type,
      Function<P, List<? extends Element>> children,
      int ordinal) {
    int next = ordinal;
    int place = 0;
    for (P parent : list) {
      List<? extends Element> items = children.apply(parent);
      P match = null; // the valid model's element with this id and kind
      if (place < before.size() && same(before.get(place), parent)) {
        match = parent;
        place++;
      } else {
        int was = previous.ordinalOf(parent.id());
        if (was >= 0 && previous.kindAt(was) == parent.elementKind()) {
          match = type.cast(previous.elementAt(was));
          place = previous.positionAt(was) + 1;
        }
      }
      if (match != null && same(match, parent)) { // kept whole, with every item
        Arrays.fill(kept, next, next + 1 + items.size(), true);
        present += 1 + items.size();
        next += 1 + items.size();
        continue;
      }
      List<? extends Element> old = List.of();
      if (match != null) {
        present++;
        old = children.apply(match);
      }
      next = list(items, old, next + 1);
    }
    return next;
  }

  @SuppressWarnings("ReferenceEquality") // the same instance, not an equal value
  private static boolean same(Element a, Element b) {
    return a == b;
  }
}
