package dev.itom.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Diagnostic;
import dev.itom.model.MetaField;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A place where the two sides of a {@link ModelMerge} changed the model in ways that cannot both
 * hold: its {@link Kind kind}, the value and field it is about, the base's, our and their values
 * there, its JSON Pointer, and the changes of each side that wait on it.
 *
 * <p>Until it is resolved, the merged model holds what the base holds at that place: neither side's
 * changes listed here are applied (nor the changes that need them), so the merged model is always
 * valid and nothing is dropped without being listed in a conflict.
 *
 * <p>{@link #pointer()} points into the base document when the place exists there; into the side
 * that created it otherwise (for two differing adds of one id: the base's list they went into).
 *
 * @param kind what kind of conflict
 * @param place the value the conflict is about
 * @param field the field of {@code place} concerned (the list, for an item added, moved or removed)
 * @param entry the key of the map entry concerned, or null
 * @param base the base's value of the field, null when absent
 * @param ours our value (null when absent or removed); a {@link Placement} for a move
 * @param theirs their value (null when absent or removed); a {@link Placement} for a move
 * @param removedBy the side that removed an element, for {@code changed-removed} and {@code
 *     removed-referenced}; null for the other kinds
 * @param pointer the JSON Pointer of the place and field
 * @param detail the removed element's id for {@code removed-referenced}, the invariant's message
 *     for {@code breaks-invariant}, empty otherwise
 * @param oursChanges our changes that are not applied until the conflict is resolved ours
 * @param theirsChanges their changes that are not applied until the conflict is resolved theirs
 * @since 0.1
 */
public record Conflict(
    Kind kind,
    Locator place,
    MetaField<?> field,
    @Nullable String entry,
    @Nullable Object base,
    @Nullable Object ours,
    @Nullable Object theirs,
    @Nullable Side removedBy,
    String pointer,
    String detail,
    ImmutableList<Change> oursChanges,
    ImmutableList<Change> theirsChanges)
    implements Diagnostic {

  /**
   * Checks the components.
   *
   * @param kind what kind of conflict
   * @param place the value the conflict is about
   * @param field the field of {@code place} concerned (the list, for an item added, moved or
   *     removed)
   * @param entry the key of the map entry concerned, or null
   * @param base the base's value of the field, null when absent
   * @param ours our value (null when absent or removed); a {@link Placement} for a move
   * @param theirs their value (null when absent or removed); a {@link Placement} for a move
   * @param removedBy the side that removed an element, for {@code changed-removed} and {@code
   *     removed-referenced}; null for the other kinds
   * @param pointer the JSON Pointer of the place and field
   * @param detail the removed element's id for {@code removed-referenced}, the invariant's message
   *     for {@code breaks-invariant}, empty otherwise
   * @param oursChanges our changes that are not applied until the conflict is resolved ours
   * @param theirsChanges their changes that are not applied until the conflict is resolved theirs
   * @throws NullPointerException if a component but the nullable ones is null
   * @throws IllegalArgumentException if {@code removedBy} is missing for a kind that needs it or
   *     given for another
   */
  public Conflict {
    checkNotNull(kind, "kind");
    checkNotNull(place, "place");
    checkNotNull(field, "field");
    checkNotNull(pointer, "pointer");
    checkNotNull(detail, "detail");
    checkNotNull(oursChanges, "oursChanges");
    checkNotNull(theirsChanges, "theirsChanges");
    boolean removal = kind == Kind.CHANGED_REMOVED || kind == Kind.REMOVED_REFERENCED;
    checkArgument(removal == (removedBy != null), "removedBy is for the removal conflicts");
  }

  /**
   * The kinds of conflict, each with a stable code for programs.
   *
   * @since 0.1
   */
  public enum Kind {
    /** Both sides changed one field (or map entry) to different values: {@code both-changed}. */
    BOTH_CHANGED("both-changed"),
    /** Both sides added an item with one id or key, differently: {@code both-added}. */
    BOTH_ADDED("both-added"),
    /**
     * Both sides moved one item to different places: a stage to different chains or positions, or
     * an item of a presentational list to different positions: {@code both-moved}.
     */
    BOTH_MOVED("both-moved"),
    /**
     * One side changed (or moved, or added into) what the other removed: {@code changed-removed}.
     */
    CHANGED_REMOVED("changed-removed"),
    /** One side refers to an element the other removed: {@code removed-referenced}. */
    REMOVED_REFERENCED("removed-referenced"),
    /**
     * Each side's changes of one value are valid, but together they break an invariant (an amount
     * from one side without the currency the other removed): {@code breaks-invariant}.
     */
    BREAKS_INVARIANT("breaks-invariant");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** {@return the stable code, such as {@code both-changed}} */
    public String code() {
      return code;
    }
  }

  /** Returns the kind's stable code, such as {@code changed-removed}. */
  @Override
  public String code() {
    return kind.code();
  }

  /** {@return the id of the element the place is in, empty for the model and its own parts} */
  public Optional<String> elementId() {
    return Optional.ofNullable(place.elementId());
  }

  /**
   * {@return the changes of one side that wait on this conflict}
   *
   * @param side the side
   * @throws NullPointerException if {@code side} is null
   */
  public ImmutableList<Change> changes(Side side) {
    return checkNotNull(side, "side") == Side.OURS ? oursChanges : theirsChanges;
  }

  /**
   * {@return one side's value}
   *
   * @param side the side
   * @throws NullPointerException if {@code side} is null
   */
  public @Nullable Object value(Side side) {
    return checkNotNull(side, "side") == Side.OURS ? ours : theirs;
  }

  /**
   * {@return this conflict as the merge with the sides swapped reports it} Ours and theirs are
   * exchanged.
   */
  public Conflict mirror() {
    return new Conflict(
        kind,
        place,
        field,
        entry,
        base,
        /* ours= */ theirs,
        /* theirs= */ ours,
        removedBy == null ? null : removedBy.other(),
        pointer,
        detail,
        /* oursChanges= */ theirsChanges,
        /* theirsChanges= */ oursChanges);
  }

  /** Returns what the conflict is, for people. */
  @Override
  public String message() {
    String where = DiffText.label(place, null) + " " + DiffText.path(place, place, field);
    if (entry != null) {
      where += " " + dev.itom.internal.Texts.quote(entry);
    }
    return switch (kind) {
      case BOTH_CHANGED ->
          where + ": ours " + show(ours) + ", theirs " + show(theirs) + ", base " + show(base);
      case BOTH_ADDED ->
          DiffText.label(place, null)
              + ": ours and theirs both add it, with different content or into different lists";
      case BOTH_MOVED ->
          DiffText.label(place, null)
              + ": ours moves it to "
              + show(ours)
              + ", theirs to "
              + show(theirs);
      case CHANGED_REMOVED -> {
        Side remover = checkNotNull(removedBy);
        Side changer = remover.other();
        yield where
            + ": "
            + remover.code()
            + " removes it or what holds it, "
            + changer.code()
            + " changes it (base "
            + show(base)
            + ", "
            + changer.code()
            + " "
            + show(value(changer))
            + ")";
      }
      case REMOVED_REFERENCED -> {
        Side remover = removedBy == null ? Side.OURS : removedBy;
        yield where
            + ": "
            + remover.code()
            + " removes "
            + detail
            + ", which "
            + remover.other().code()
            + " refers to here";
      }
      case BREAKS_INVARIANT ->
          where
              + ": the changes of ours and theirs are valid alone but break an invariant together: "
              + detail;
    };
  }

  private String show(@Nullable Object value) {
    if (value instanceof Placement at) {
      return at.owner().isModel()
          ? "position " + at.index()
          : at.owner().elementId() + " at " + at.index();
    }
    return DiffText.value(field, value);
  }

  /** Returns {@code code at pointer: message}. */
  @Override
  public String toString() {
    return code() + " at " + dev.itom.internal.Texts.display(pointer) + ": " + message();
  }
}
