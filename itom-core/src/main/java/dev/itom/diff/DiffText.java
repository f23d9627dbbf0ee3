package dev.itom.diff;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.itom.internal.Texts;
import dev.itom.model.Element;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes diffs and merges as text for people: one line per element (or part of the model), its
 * changes separated by {@code ;}, such as
 *
 * <pre>{@code
 * stage r2v.build "Build": name "Build" -> "Design and build"; owner architect -> product-owner
 * stage r2v.check "Check": added to r2v at 2
 * role tester "Tester": removed (was at 4)
 * stage r2v.build "Build": produces +design -draft
 * }</pre>
 *
 * <p>Texts are quoted, ids and codes are not, an absent value is {@code none}. Reorders of lists
 * whose order is presentational come last, under {@code Presentational order:}, so that a reader
 * sees first what changes what the model says.
 *
 * @since 0.1
 */
public final class DiffText {
  private DiffText() {}

  /**
   * Returns the diff as text: a line per element, then the presentational reorders; {@code no
   * changes} for an empty diff. Every line ends with a line feed.
   *
   * @param diff the diff
   * @return the text
   * @throws NullPointerException if {@code diff} is null
   */
  public static String render(ModelDiff diff) {
    checkNotNull(diff, "diff");
    if (diff.isEmpty()) {
      return "no changes\n";
    }
    StringBuilder text = new StringBuilder();
    boolean presentational = false;
    for (Line line : lines(diff)) {
      if (line.presentational() && !presentational) {
        text.append("Presentational order:\n");
        presentational = true;
      }
      text.append(presentational ? "  " : "").append(line.text()).append('\n');
    }
    return text.toString();
  }

  /**
   * One line of the text report: what it is about, how that changed as a whole, and its changes.
   *
   * @param subject the element or top-level part the line is about; the model for its own fields
   * @param label the subject for people, such as {@code stage r2v.build "Build"}
   * @param kinds how the subject changed: {@link Change.Kind#ADD ADD}, {@link Change.Kind#REMOVE
   *     REMOVE} or {@link Change.Kind#MOVE MOVE} when it was added, removed or moved as a whole,
   *     {@link Change.Kind#CHANGE CHANGE} when something in it changed
   * @param changes the line's changes, in the order of the diff
   * @param parts the changes as the line writes them, such as {@code owner architect -> tester}
   * @param presentational whether the line lists reorders whose order is presentational
   * @since 0.1
   */
  public record Line(
      Locator subject,
      String label,
      ImmutableSet<Change.Kind> kinds,
      ImmutableList<Change> changes,
      ImmutableList<String> parts,
      boolean presentational) {
    /**
     * Checks the components.
     *
     * @param subject the element or top-level part the line is about; the model for its own fields
     * @param label the subject for people
     * @param kinds how the subject changed
     * @param changes the line's changes
     * @param parts the changes as the line writes them
     * @param presentational whether the line lists reorders whose order is presentational
     * @throws NullPointerException if an argument is null
     */
    public Line {
      checkNotNull(subject, "subject");
      checkNotNull(label, "label");
      checkNotNull(kinds, "kinds");
      checkNotNull(changes, "changes");
      checkNotNull(parts, "parts");
    }

    /** {@return the line as {@link DiffText#render(ModelDiff)} writes it, without line feed} */
    public String text() {
      return label + ": " + String.join("; ", parts);
    }
  }

  /**
   * Returns the lines of the text report: one per element (or part of the model) whose changes
   * change what the model says, then one per element with presentational reorders.
   *
   * @param diff the diff
   * @return the lines, empty for an empty diff
   * @throws NullPointerException if {@code diff} is null
   */
  public static ImmutableList<Line> lines(ModelDiff diff) {
    checkNotNull(diff, "diff");
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    lines(diff, diff.structural(), false, lines);
    lines(diff, diff.presentational(), true, lines);
    return lines.build();
  }

  /**
   * Returns the conflicts of a merge as text: a count, then one line per conflict with its code,
   * pointer and message; {@code no conflicts} for a clean merge.
   *
   * @param merge the merge
   * @return the text
   * @throws NullPointerException if {@code merge} is null
   */
  public static String render(ModelMerge merge) {
    checkNotNull(merge, "merge");
    if (merge.isClean()) {
      return "no conflicts\n";
    }
    int count = merge.conflicts().size();
    StringBuilder text =
        new StringBuilder().append(count).append(count == 1 ? " conflict\n" : " conflicts\n");
    for (Conflict conflict : merge.conflicts()) {
      text.append("  ")
          .append(conflict.code())
          .append(" at ")
          .append(Texts.display(conflict.pointer()))
          .append(": ")
          .append(conflict.message())
          .append('\n');
    }
    return text.toString();
  }

  private static void lines(
      ModelDiff diff,
      List<Change> changes,
      boolean presentational,
      ImmutableList.Builder<Line> lines) {
    Map<Locator, List<Change>> groups = new LinkedHashMap<>();
    for (Change change : changes) {
      groups.computeIfAbsent(subject(change), s -> new ArrayList<>()).add(change);
    }
    for (Map.Entry<Locator, List<Change>> group : groups.entrySet()) {
      Locator subject = group.getKey();
      Set<Change.Kind> kinds = EnumSet.noneOf(Change.Kind.class);
      List<String> parts = new ArrayList<>();
      MetaField<?> listField = null; // the list of the last part, to join +a -b into one part
      for (Change change : group.getValue()) {
        String part = describe(subject, change);
        boolean item = isItem(subject, change) && !(change instanceof Change.Move);
        if (item && change.field() == listField && !parts.isEmpty()) {
          parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + part);
        } else {
          boolean named = item || (change instanceof Change.Move && isItem(subject, change));
          parts.add(named ? path(subject, change.owner(), change.field()) + " " + part : part);
        }
        listField = item ? change.field() : null;
        kinds.add(isItem(subject, change) ? Change.Kind.CHANGE : change.kind());
      }
      lines.add(
          new Line(
              subject,
              label(subject, name(diff, subject, group.getValue())),
              Sets.immutableEnumSet(kinds),
              ImmutableList.copyOf(group.getValue()),
              ImmutableList.copyOf(parts),
              presentational));
    }
  }

  /** What a line is about: the element or top-level part that holds the change, or is changed. */
  private static Locator subject(Change change) {
    Locator owner = change.owner();
    if ((change instanceof Change.Add
            || change instanceof Change.Remove
            || change instanceof Change.Move)
        && change.field().type() == FieldType.OBJECTS) {
      Key key = itemKey(change);
      if (Values.holdsElements(change.field())) {
        return Locator.element(
            change.field().itemType().orElseThrow(), (String) key.values().get(0));
      }
      if (owner.isModel()) {
        return owner.child(change.field(), key);
      }
    }
    if (owner.elementId() == null && !owner.steps().isEmpty()) {
      return new Locator(owner.elementType(), null, owner.steps().subList(0, 1));
    }
    return owner.elementId() == null
        ? owner
        : new Locator(owner.elementType(), owner.elementId(), owner.steps().subList(0, 0));
  }

  private static Key itemKey(Change change) {
    if (change instanceof Change.Add add) {
      return add.key();
    }
    if (change instanceof Change.Remove remove) {
      return remove.key();
    }
    return ((Change.Move) change).key();
  }

  /** Whether a change adds, removes or moves an item of a list held by the line's subject. */
  private static boolean isItem(Locator subject, Change change) {
    return !(change instanceof Change.Edit) && !subject.equals(itemLocator(change));
  }

  private static @Nullable Locator itemLocator(Change change) {
    if (change.field().type() != FieldType.OBJECTS) {
      return null;
    }
    Key key = itemKey(change);
    if (Values.holdsElements(change.field())) {
      return Locator.element(change.field().itemType().orElseThrow(), (String) key.values().get(0));
    }
    return change.owner().child(change.field(), key);
  }

  private static @Nullable String name(ModelDiff diff, Locator subject, List<Change> changes) {
    if (!subject.steps().isEmpty()) {
      return null;
    }
    for (Change change : changes) {
      if (change instanceof Change.Add add
          && add.value() instanceof Element element
          && subject.equals(itemLocator(add))) {
        return element.name();
      }
      if (change instanceof Change.Remove remove
          && remove.value() instanceof Element element
          && subject.equals(itemLocator(remove))) {
        return element.name();
      }
    }
    return diff.name(subject.elementId()).orElse(null);
  }

  /**
   * Returns {@code stage r2v.build "Build"}, {@code model "ACME IT"} or {@code alignment a b
   * handoff}.
   */
  static String label(Locator subject, @Nullable String name) {
    StringBuilder text = new StringBuilder();
    if (subject.elementId() == null && subject.steps().isEmpty()) {
      text.append("model");
    } else if (subject.elementId() == null) {
      Locator.Step step = subject.steps().get(0);
      text.append(noun(step.field().itemType().orElseThrow())).append(' ').append(key(step.key()));
    } else {
      text.append(subject.elementType().elementKind().orElseThrow().code())
          .append(' ')
          .append(subject.elementId());
    }
    if (name != null) {
      text.append(' ').append(Texts.quote(name));
    }
    return text.toString();
  }

  private static String noun(MetaType<?> type) {
    return Character.toLowerCase(type.name().charAt(0)) + type.name().substring(1);
  }

  /** Returns a key for people: its values, codes for enum constants, then {@code #n}. */
  static String key(Key key) {
    StringBuilder text = new StringBuilder();
    for (Object value : key.values()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(value instanceof Enum<?> constant ? code(constant) : value);
    }
    if (key.occurrence() > 0) {
      text.append(" #").append(key.occurrence() + 1);
    }
    return text.toString();
  }

  private static String code(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the fields from a line's subject down to a changed field, such as {@code
   * pricing.amount}.
   */
  static String path(Locator subject, Locator owner, MetaField<?> field) {
    StringBuilder text = new StringBuilder();
    for (int i = subject.steps().size(); i < owner.steps().size(); i++) {
      Locator.Step step = owner.steps().get(i);
      text.append(step.field().name());
      if (!step.key().values().isEmpty()) {
        text.append('[').append(key(step.key())).append(']');
      }
      text.append('.');
    }
    return text.append(field.name()).toString();
  }

  private static String describe(Locator subject, Change change) {
    if (change instanceof Change.Edit edit) {
      String field = path(subject, edit.owner(), edit.field());
      if (edit.entry() != null) {
        String entry = Texts.quote(edit.entry());
        if (edit.oldValue() == null) {
          return field + " +" + entry + " " + value(edit.field(), edit.newValue());
        }
        if (edit.newValue() == null) {
          return field + " -" + entry;
        }
        return field
            + " "
            + entry
            + " "
            + value(edit.field(), edit.oldValue())
            + " -> "
            + value(edit.field(), edit.newValue());
      }
      return field
          + " "
          + value(edit.field(), edit.oldValue())
          + " -> "
          + value(edit.field(), edit.newValue());
    }
    boolean item = isItem(subject, change);
    if (change instanceof Change.Add add) {
      return item
          ? "+" + itemText(add.field(), add.key(), add.value())
          : "added" + (add.owner().isModel() ? "" : " to") + where(add.at());
    }
    if (change instanceof Change.Remove remove) {
      return item
          ? "-" + itemText(remove.field(), remove.key(), remove.value())
          : "removed (was" + (remove.owner().isModel() ? "" : " in") + where(remove.at()) + ")";
    }
    Change.Move move = (Change.Move) change;
    String moved =
        move.from().owner().equals(move.to().owner())
            ? "from " + move.from().index() + " to " + move.to().index()
            : "from" + where(move.from()) + " to" + where(move.to());
    return item ? itemText(move.field(), move.key(), null) + " " + moved : "moved " + moved;
  }

  private static String where(Placement at) {
    Locator owner = at.owner();
    if (owner.isModel()) {
      return " at " + at.index();
    }
    return " " + (owner.steps().isEmpty() ? owner.elementId() : owner) + " at " + at.index();
  }

  private static String itemText(MetaField<?> field, Key key, @Nullable Object value) {
    if (field.type() == FieldType.TEXTS && value != null) {
      return Texts.quote((String) value);
    }
    if (field.type() == FieldType.TEXTS) {
      return Texts.quote((String) key.values().get(0));
    }
    return key(key);
  }

  /** Returns a field's value for people: texts quoted, ids and codes plain, absent as none. */
  static String value(MetaField<?> field, @Nullable Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof Enum<?> constant) {
      return code(constant);
    }
    if (value instanceof BigDecimal decimal) {
      return Texts.plain(decimal);
    }
    if (value instanceof String text) {
      return field.type() == FieldType.TEXT
              || field.type() == FieldType.MAP
              || field.type() == FieldType.TEXTS
          ? Texts.quote(text)
          : text;
    }
    MetaType<?> type = Metamodel.of(value.getClass()).orElse(null);
    if (type == null) {
      return String.valueOf(value);
    }
    StringBuilder text = new StringBuilder("{");
    for (MetaField<?> nested : type.fields()) {
      Object v = Values.get(nested, value);
      if (v == null
          || (v instanceof java.util.Collection<?> c && c.isEmpty())
          || (v instanceof Map<?, ?> m && m.isEmpty())) {
        continue;
      }
      if (text.length() > 1) {
        text.append(", ");
      }
      text.append(nested.name())
          .append(' ')
          .append(
              v instanceof java.util.Collection<?> || v instanceof Map<?, ?>
                  ? String.valueOf(v)
                  : value(nested, v));
    }
    return text.append('}').toString();
  }
}
