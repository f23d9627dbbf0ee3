package dev.itom.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change between two versions of an operating model, in the terms of the metamodel: an item
 * {@linkplain Add added} to or {@linkplain Remove removed} from a list, one field {@linkplain Edit
 * changed}, or an item {@linkplain Move moved} within its list or, for a stage, to another chain.
 *
 * <p>An item is an element (matched by id), a part without an id (matched by its identity fields,
 * such as an alignment by from, to and kind), or one string of a list of ids or texts (a stage's
 * {@code produces}, its {@code questions}). Each change names what it changes by {@link Locator}
 * and {@link Key}, never by position alone, and carries what it expects to find, so that {@link
 * ModelDiff#applyTo} refuses it when the target holds something else.
 *
 * <p>Every change has a JSON Pointer ({@link #path()}) into the canonical {@code itom/1} JSON of
 * the version it leads to ({@code after}) for an add, a change and a move, and of the version it
 * comes from ({@code before}) for a remove.
 *
 * @since 0.1
 */
public sealed interface Change permits Change.Add, Change.Remove, Change.Edit, Change.Move {

  /** {@return the kind of change} */
  Kind kind();

  /** {@return the value that holds the changed field or list} */
  Locator owner();

  /** {@return the changed field, or the list an item was added to, removed from or moved in} */
  MetaField<?> field();

  /**
   * {@return the JSON Pointer of the change} Into {@code after} for an add, change or move, into
   * {@code before} for a remove.
   */
  String path();

  /**
   * {@return whether this change only reorders a list whose order is presentational} That is every
   * list but a chain's stages, see {@link MetaField#ordered()}: the model says the same thing
   * before and after it. A diff still reports it, so that applying the diff gives exactly the
   * canonical model; a merge never reports a conflict about it alone.
   */
  boolean isPresentational();

  /** {@return the change that undoes this one} */
  Change inverse();

  /**
   * The kinds of change, each with a stable code for programs.
   *
   * @since 0.1
   */
  enum Kind {
    /** An item was added to a list: code {@code add}. */
    ADD("add"),
    /** An item was removed from a list: code {@code remove}. */
    REMOVE("remove"),
    /** One field was changed: code {@code change}. */
    CHANGE("change"),
    /** An item was moved within its list or to another chain: code {@code move}. */
    MOVE("move");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** {@return the stable code: {@code add}, {@code remove}, {@code change} or {@code move}} */
    public String code() {
      return code;
    }
  }

  /**
   * An item added to a list: an element with everything it holds (a new chain with its new stages),
   * a part, or an id or text.
   *
   * @param at where the item sits in {@code after}
   * @param key the item's key
   * @param value the item, as the list holds it; a new element without the elements nested in it
   *     that existed before (those are moves)
   * @param path the item's JSON Pointer in {@code after}
   * @since 0.1
   */
  record Add(Placement at, Key key, Object value, String path) implements Change {
    /**
     * Checks the components.
     *
     * @param at where the item sits in {@code after}
     * @param key the item's key
     * @param value the item, as the list holds it; a new element without the elements nested in it
     *     that existed before (those are moves)
     * @param path the item's JSON Pointer in {@code after}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code value} is not an item of the list or {@code key}
     *     is not its key
     */
    public Add {
      checkNotNull(at, "at");
      checkNotNull(key, "key");
      checkNotNull(value, "value");
      checkNotNull(path, "path");
      Values.checkItem(at.field(), key, value);
    }

    @Override
    public Kind kind() {
      return Kind.ADD;
    }

    @Override
    public Locator owner() {
      return at.owner();
    }

    @Override
    public MetaField<?> field() {
      return at.field();
    }

    @Override
    public boolean isPresentational() {
      return false;
    }

    @Override
    public Remove inverse() {
      return new Remove(at, key, value, path);
    }
  }

  /**
   * An item removed from a list.
   *
   * @param at where the item sat in {@code before}
   * @param key the item's key
   * @param value the item as it was, which the target must hold to remove it; an element without
   *     the elements nested in it that still exist after (those are moves)
   * @param path the item's JSON Pointer in {@code before}
   * @since 0.1
   */
  record Remove(Placement at, Key key, Object value, String path) implements Change {
    /**
     * Checks the components.
     *
     * @param at where the item sat in {@code before}
     * @param key the item's key
     * @param value the item as it was, which the target must hold to remove it; an element without
     *     the elements nested in it that still exist after (those are moves)
     * @param path the item's JSON Pointer in {@code before}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code value} is not an item of the list or {@code key}
     *     is not its key
     */
    public Remove {
      checkNotNull(at, "at");
      checkNotNull(key, "key");
      checkNotNull(value, "value");
      checkNotNull(path, "path");
      Values.checkItem(at.field(), key, value);
    }

    @Override
    public Kind kind() {
      return Kind.REMOVE;
    }

    @Override
    public Locator owner() {
      return at.owner();
    }

    @Override
    public MetaField<?> field() {
      return at.field();
    }

    @Override
    public boolean isPresentational() {
      return false;
    }

    @Override
    public Add inverse() {
      return new Add(at, key, value, path);
    }
  }

  /**
   * One field changed: a single value (text, decimal, code, reference, or a whole nested value such
   * as a pricing that appears or disappears), or one entry of a map such as {@code properties}. A
   * rename is a change of {@code name}.
   *
   * @param owner the value whose field changed
   * @param field the field
   * @param entry the key of the changed entry of a {@link FieldType#MAP MAP} field; null for every
   *     other field
   * @param oldValue the value before, null when absent
   * @param newValue the value after, null when absent
   * @param beforePath the field's JSON Pointer in {@code before}
   * @param path the field's JSON Pointer in {@code after}
   * @since 0.1
   */
  record Edit(
      Locator owner,
      MetaField<?> field,
      @Nullable String entry,
      @Nullable Object oldValue,
      @Nullable Object newValue,
      String beforePath,
      String path)
      implements Change {
    /**
     * Checks the components.
     *
     * @param owner the value whose field changed
     * @param field the field
     * @param entry the key of the changed entry of a {@link FieldType#MAP MAP} field; null for
     *     every other field
     * @param oldValue the value before, null when absent
     * @param newValue the value after, null when absent
     * @param beforePath the field's JSON Pointer in {@code before}
     * @param path the field's JSON Pointer in {@code after}
     * @throws NullPointerException if {@code owner}, {@code field} or a path is null
     * @throws IllegalArgumentException if the field is not a single-valued or map field of the
     *     owner's type, is one that identifies the owner, takes no entry key but has one (or the
     *     reverse), the values are not of the field's Java type, or they are equal
     */
    public Edit {
      checkNotNull(owner, "owner");
      checkNotNull(field, "field");
      checkNotNull(beforePath, "beforePath");
      checkNotNull(path, "path");
      checkArgument(field.owner() == owner.type(), "%s is not a field of %s", field, owner.type());
      checkArgument(!field.type().isList(), "%s is a list: use add, remove and move", field);
      checkArgument(!owner.type().identity().contains(field), "%s identifies its owner", field);
      checkArgument(
          (entry == null) != (field.type() == FieldType.MAP),
          "an entry key is for a map: %s",
          field);
      Values.checkSingle(field, oldValue);
      Values.checkSingle(field, newValue);
      checkArgument(!Objects.equals(oldValue, newValue), "%s does not change", field);
    }

    @Override
    public Kind kind() {
      return Kind.CHANGE;
    }

    @Override
    public boolean isPresentational() {
      return false;
    }

    @Override
    public Edit inverse() {
      return new Edit(owner, field, entry, newValue, oldValue, path, beforePath);
    }
  }

  /**
   * An item moved: within its list, or, for an element nested in another (a stage), to the same
   * list of another owner (another chain). A reorder is always a move, never a remove and an add.
   *
   * @param key the item's key
   * @param from where it sat in {@code before}
   * @param to where it sits in {@code after}
   * @param beforePath the item's JSON Pointer in {@code before}
   * @param path the item's JSON Pointer in {@code after}
   * @since 0.1
   */
  record Move(Key key, Placement from, Placement to, String beforePath, String path)
      implements Change {
    /**
     * Checks the components.
     *
     * @param key the item's key
     * @param from where it sat in {@code before}
     * @param to where it sits in {@code after}
     * @param beforePath the item's JSON Pointer in {@code before}
     * @param path the item's JSON Pointer in {@code after}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code from} and {@code to} are not the same field, or
     *     the key is empty
     */
    public Move {
      checkNotNull(key, "key");
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(beforePath, "beforePath");
      checkNotNull(path, "path");
      checkArgument(from.field() == to.field(), "a move stays in one kind of list");
      checkArgument(!key.values().isEmpty(), "a moved item has a key");
    }

    @Override
    public Kind kind() {
      return Kind.MOVE;
    }

    @Override
    public Locator owner() {
      return to.owner();
    }

    @Override
    public MetaField<?> field() {
      return to.field();
    }

    @Override
    public boolean isPresentational() {
      return !to.field().ordered() && from.owner().equals(to.owner());
    }

    @Override
    public Move inverse() {
      return new Move(key, to, from, path, beforePath);
    }
  }
}
