package dev.itom.diff;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.itom.model.InvalidModelException;
import dev.itom.model.OperatingModel;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of an operating model: an immutable list of {@link Change
 * changes}, matched by element id (and by identity fields for the parts without an id), that turns
 * the first version into exactly the second.
 *
 * <p>Elements are added, removed, changed field by field, or moved; a stage moved to another chain
 * is one move, never a remove and an add. Stage order carries meaning; the order of every other
 * list is presentational, and its reorders are reported as {@linkplain Change#isPresentational()
 * presentational} moves so that applying the diff reproduces the canonical model, equal lists in
 * equal order.
 *
 * <p>{@link #applyTo} applies the changes to any version: each change finds what it changes by
 * identity and checks that the target holds what it expects, so a diff made against one version
 * applies to another that differs elsewhere and is refused, with every stale change listed, where
 * the other version changed the same thing.
 *
 * <p>Two diffs are equal when their changes are equal, in order.
 *
 * @since 0.1
 */
public final class ModelDiff {
  private static final ModelDiff EMPTY = new ModelDiff(ImmutableList.of(), ImmutableMap.of());

  private final ImmutableList<Change> changes;
  private final ImmutableMap<String, String> names;

  ModelDiff(ImmutableList<Change> changes, Map<String, String> names) {
    this.changes = changes;
    this.names = ImmutableMap.copyOf(names);
  }

  /**
   * Returns the changes from {@code before} to {@code after}, in the order of {@code after}'s
   * canonical JSON (a list's removals before its other changes). Takes time linear in the size of
   * the models.
   *
   * @param before the version changed from
   * @param after the version changed to
   * @return the diff; empty when the models are equal
   * @throws NullPointerException if an argument is null
   */
  public static ModelDiff between(OperatingModel before, OperatingModel after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    if (before == after) {
      return EMPTY;
    }
    ModelDiff diff = Differ.diff(before, after);
    return diff == null ? EMPTY : diff;
  }

  /**
   * Returns a diff of the given changes, for example read back from a file.
   *
   * @param changes the changes
   * @return the diff
   * @throws NullPointerException if {@code changes} or one of them is null
   */
  public static ModelDiff of(Iterable<? extends Change> changes) {
    return new ModelDiff(ImmutableList.copyOf(changes), ImmutableMap.of());
  }

  /** {@return the diff without changes} */
  public static ModelDiff empty() {
    return EMPTY;
  }

  /** {@return every change} */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /** {@return the changes that change what the model says: every change but the presentational} */
  public ImmutableList<Change> structural() {
    return changes.stream()
        .filter(change -> !change.isPresentational())
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the changes that only reorder a list whose order is presentational} */
  public ImmutableList<Change> presentational() {
    return changes.stream()
        .filter(Change::isPresentational)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return whether this diff has no change} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Applies the changes to {@code target} and returns the new model; {@code target} is untouched.
   * {@code ModelDiff.between(a, b).applyTo(a)} equals {@code b}.
   *
   * <p>Every change checks its precondition first: the element, part or item it changes is there
   * (found by id or key wherever the target has it), a field holds the change's old value, an item
   * to remove has the content the change removes, an added id or key is free, the neighbour an item
   * goes after is in the list. If any change is stale, nothing is applied.
   *
   * @param target the model to change
   * @return the changed model
   * @throws NullPointerException if {@code target} is null
   * @throws StaleChangeException listing every change whose precondition fails
   * @throws InvalidModelException listing every violation, if the changed model would break an
   *     invariant (changes made against another version can combine into one that does)
   */
  public OperatingModel applyTo(OperatingModel target) {
    checkNotNull(target, "target");
    if (changes.isEmpty()) {
      return target;
    }
    return Patcher.apply(target, changes);
  }

  /**
   * {@return the diff that undoes this one} {@code between(a, b).inverse()} applied to {@code b}
   * gives {@code a}.
   */
  public ModelDiff inverse() {
    return new ModelDiff(
        changes.reverse().stream().map(Change::inverse).collect(ImmutableList.toImmutableList()),
        names);
  }

  /**
   * Returns the name of an element a change touches, as the older model has it, when the diff was
   * computed from two models; the model's own name for the empty id.
   */
  Optional<String> name(@Nullable String elementId) {
    return Optional.ofNullable(names.get(elementId == null ? "" : elementId));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ModelDiff that && changes.equals(that.changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  /** Returns the diff as {@link DiffText#render(ModelDiff)} writes it for people. */
  @Override
  public String toString() {
    return DiffText.render(this);
  }
}
