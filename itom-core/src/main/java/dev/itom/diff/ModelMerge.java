package dev.itom.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.itom.model.InvalidModelException;
import dev.itom.model.OperatingModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A three-way merge of two people's edits of one base: the merged model and the conflicts it could
 * not decide. Immutable: each resolution returns a new merge.
 *
 * <p>Both sides' changes are computed from the base ({@link ModelDiff#between}) and applied
 * together, ours first: both sides' inserts into one list keep ours first, then theirs. Changes
 * both sides made alike are applied once (a pseudo-conflict, none reported); changes of different
 * fields of one element are both applied. What cannot hold together is a {@link Conflict}: one
 * field changed two ways; one item added twice, differently; one stage moved to two places; an
 * element changed on one side and removed on the other; a reference on one side to an element the
 * other removed (found over every reference field of the metamodel); changes of one value that are
 * valid alone but break an invariant together.
 *
 * <p>Until a conflict is resolved the merged model holds what the base holds there: neither side's
 * changes in the conflict are applied, nor any change that needs one of them (a removal that needs
 * the references to the removed element gone, a reference that needs its element added), so every
 * merged model satisfies every invariant and every change of either side is either in the merged
 * model or listed in a conflict. A removal held back holds back the changes made for it too
 * (dropping the references to what it removes, moving out what lives on), so no side's removal is
 * ever applied in part. A reorder of a presentational list never conflicts with a change of
 * content, nor with reorders of other items; a reorder of an item the other side removed is moot.
 * Only where both sides move one item to different places is it a {@code both-moved} conflict, as
 * for a stage: one of the two moves would be lost otherwise.
 *
 * @since 0.1
 */
public final class ModelMerge {
  private final Merger merger;
  private final List<Merger.Draft> drafts;
  private final Map<Merger.Draft, Object> resolutions;
  private final OperatingModel model;
  private final ImmutableMap<Conflict, Merger.Draft> open;

  private ModelMerge(
      Merger merger, List<Merger.Draft> drafts, Map<Merger.Draft, Object> resolutions) {
    this.merger = merger;
    Assembly.Result result = Assembly.run(merger, drafts, resolutions);
    this.drafts = List.copyOf(result.drafts());
    this.resolutions = Map.copyOf(resolutions);
    this.model = result.model();
    Map<Conflict, Merger.Draft> conflicts = new LinkedHashMap<>();
    for (Merger.Draft draft : this.drafts) {
      if (!resolutions.containsKey(draft)) {
        conflicts.putIfAbsent(draft.conflict(), draft);
      }
    }
    this.open = ImmutableMap.copyOf(conflicts);
  }

  /**
   * Merges {@code ours} and {@code theirs}, both edited from {@code base}. Takes time linear in the
   * size of the models.
   *
   * @param base the version both sides started from
   * @param ours our edit, listed first
   * @param theirs their edit
   * @return the merge: the merged model and the conflicts
   * @throws NullPointerException if an argument is null
   */
  public static ModelMerge of(OperatingModel base, OperatingModel ours, OperatingModel theirs) {
    checkNotNull(base, "base");
    checkNotNull(ours, "ours");
    checkNotNull(theirs, "theirs");
    Merger merger = new Merger(base, ours, theirs);
    return new ModelMerge(merger, merger.drafts, Map.of());
  }

  /** {@return the base both sides started from} */
  public OperatingModel base() {
    return merger.base;
  }

  /**
   * {@return one side's changes from the base}
   *
   * @param side the side
   * @throws NullPointerException if {@code side} is null
   */
  public ModelDiff changes(Side side) {
    return checkNotNull(side, "side") == Side.OURS ? merger.oursDiff : merger.theirsDiff;
  }

  /**
   * {@return the merged model} It holds every applied change of both sides and, for each unresolved
   * conflict, what the base holds there. It satisfies every invariant.
   */
  public OperatingModel model() {
    return model;
  }

  /** {@return the conflicts not resolved yet, in the order they were found} */
  public ImmutableList<Conflict> conflicts() {
    return open.keySet().asList();
  }

  /** {@return whether no conflict is left} */
  public boolean isClean() {
    return open.isEmpty();
  }

  /**
   * Resolves one conflict by taking one side's changes there.
   *
   * @param conflict one of {@link #conflicts()}
   * @param side the side whose changes the merged model takes
   * @return the merge with that conflict resolved; if taking that side's changes together with the
   *     rest breaks an invariant, the merge has a new {@code breaks-invariant} conflict instead
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code conflict} is not an open conflict of this merge
   */
  public ModelMerge resolve(Conflict conflict, Side side) {
    checkNotNull(side, "side");
    return with(draft(conflict), side);
  }

  /**
   * Resolves a {@code both-changed} conflict with a value of its own.
   *
   * @param conflict one of {@link #conflicts()}, of kind {@code both-changed}
   * @param value the field's value in the merged model, null for absent
   * @return the merge with that conflict resolved
   * @throws NullPointerException if {@code conflict} is null
   * @throws IllegalArgumentException if {@code conflict} is not an open {@code both-changed}
   *     conflict of this merge, or {@code value} is not a value of its field
   * @throws InvalidModelException if the value breaks an invariant of the merged model
   */
  public ModelMerge resolveWith(
      Conflict conflict, @org.jspecify.annotations.Nullable Object value) {
    Merger.Draft draft = draft(conflict);
    checkArgument(
        draft.kind == Conflict.Kind.BOTH_CHANGED, "only a both-changed conflict takes a value");
    Values.checkSingle(draft.field, value);
    Merger.Entry edit = null;
    if (!java.util.Objects.equals(value, draft.base)) {
      Change.Edit original = (Change.Edit) draft.direct.get(0).change;
      Change.Edit given =
          new Change.Edit(
              draft.place,
              draft.field,
              draft.entry,
              draft.base,
              value,
              original.beforePath(),
              original.path());
      edit = new Merger.Entry(Side.OURS, given, -1);
      edit.given = true;
    }
    return with(draft, new Assembly.Given(value, edit));
  }

  /**
   * Resolves every open conflict with one side: that side's changes wherever the two conflict, and
   * the other side's changes everywhere else (never a blind choice of one whole model).
   *
   * @param side the side to prefer
   * @return the merge with every conflict resolved; conflicts remain only if each side's changes
   *     together break an invariant in a way no resolution by side can avoid
   * @throws NullPointerException if {@code side} is null
   */
  public ModelMerge prefer(Side side) {
    checkNotNull(side, "side");
    ModelMerge merge = this;
    for (int round = 0; !merge.isClean() && round <= merger.entries.size(); round++) {
      Map<Merger.Draft, Object> all = new HashMap<>(merge.resolutions);
      merge.open.values().forEach(draft -> all.put(draft, side));
      merge = new ModelMerge(merger, merge.drafts, all);
    }
    return merge;
  }

  private Merger.Draft draft(Conflict conflict) {
    Merger.Draft draft = open.get(checkNotNull(conflict, "conflict"));
    checkArgument(draft != null, "not an open conflict of this merge: %s", conflict);
    return draft;
  }

  private ModelMerge with(Merger.Draft draft, Object resolution) {
    Map<Merger.Draft, Object> all = new HashMap<>(resolutions);
    all.put(draft, resolution);
    return new ModelMerge(merger, drafts, all);
  }

  /** Returns the conflicts as {@link DiffText#render(ModelMerge)} writes them. */
  @Override
  public String toString() {
    return DiffText.render(this);
  }
}
