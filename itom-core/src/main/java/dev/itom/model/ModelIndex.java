package dev.itom.model;

import com.google.common.collect.ImmutableList;
import dev.itom.internal.Derivation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The id index of one operating model, built once when the model is created: where each element
 * stands (its ordinal in document order, its kind, its position in its list, the position of its
 * chain, its JSON Pointer). Building it checks every invariant ({@link InvariantChecker}); the
 * reverse navigation relations ({@link Navigation}) are built on first use.
 *
 * <p>The index is a set of arrays over the ordinals (ids, elements, kinds, positions) and an
 * open-addressing hash table of ordinals with linear probing, in which each slot keeps the id's
 * hash next to the ordinal: a lookup reads the table and, only when the hashes match, the id. An
 * element whose id is already taken keeps its ordinal but is not in the table, so that a lookup
 * finds the first element with an id; the index remembers which element that is ({@link
 * #firstWithIdOf}), so that the check of unique ids needs no second lookup.
 */
final class ModelIndex {
  private static final ElementKind[] KINDS = ElementKind.values();

  private final OperatingModel model;
  private final String[] ids;
  private final Element[] elements;
  private final byte[] kinds;
  private final int[] positions;

  /** The position of the stage's chain or the option's offering; -1 for any other element. */
  private final int[] chains;

  /** Per slot: the hash of the id at {@code 2 * slot}, the ordinal plus one at {@code + 1}. */
  private final int[] slots;

  /**
   * Per ordinal, the ordinal of the first element with the same id, or -1 if it is the first; null
   * while no id is taken twice, as in every valid model.
   */
  private int @Nullable [] firsts;

  private final int mask;
  private final int count;
  private int distinct;
  private final ImmutableList<Violation> violations;
  private volatile @Nullable Navigation navigation;

  /**
   * The relations' pairs as the check of the whole model resolved them, until the navigation takes
   * them; null if the check was of an edit, or found violations.
   */
  private @Nullable Resolved resolved;

  /** Whether only what differs from the model this one was edited from was checked. */
  private boolean checkedAsEdit;

  /**
   * Returns the index of {@code model}, checking its invariants. When the model is built as an edit
   * of another ({@link Derivation}), the check passes over what the two share ({@link Kept}, {@link
   * InvariantChecker}), and if the model has the same elements in the same places the index shares
   * the other's tables too; a violation found that way is reported by the whole check, so that the
   * violations are the same either way.
   */
  static ModelIndex of(OperatingModel model) {
    if (Derivation.current() instanceof OperatingModel base && base != model) {
      ModelIndex previous = base.index();
      Element[] elements = sameShape(model, previous);
      return elements != null
          ? new ModelIndex(model, previous, elements)
          : new ModelIndex(model, previous);
    }
    return new ModelIndex(model, null);
  }

  /** The index of a model built anew, checked as an edit of {@code previous} if not null. */
  private ModelIndex(OperatingModel model, @Nullable ModelIndex previous) {
    this.model = model;
    int size = model.roles().size() + model.consumers().size() + model.artifacts().size();
    size += model.valueChains().size() + model.processes().size();
    size += model.offerings().size() + model.kpis().size();
    for (ValueChain chain : model.valueChains()) {
      size += chain.stages().size();
    }
    for (Offering offering : model.offerings()) {
      size += offering.options().size();
    }
    this.ids = new String[size];
    this.elements = new Element[size];
    this.kinds = new byte[size];
    this.positions = new int[size];
    this.chains = new int[size];
    int capacity = Integer.highestOneBit(Math.max(1, size) * 2 - 1) * 2;
    this.slots = new int[capacity * 2];
    this.mask = capacity - 1;
    int ordinal = 0;
    ordinal = register(model.roles(), ordinal, -1);
    ordinal = register(model.consumers(), ordinal, -1);
    ordinal = register(model.artifacts(), ordinal, -1);
    for (int c = 0; c < model.valueChains().size(); c++) {
      ValueChain chain = model.valueChains().get(c);
      put(ordinal++, chain, c, -1);
      ordinal = register(chain.stages(), ordinal, c);
    }
    ordinal = register(model.processes(), ordinal, -1);
    for (int o = 0; o < model.offerings().size(); o++) {
      Offering offering = model.offerings().get(o);
      put(ordinal++, offering, o, -1);
      ordinal = register(offering.options(), ordinal, o);
    }
    this.count = register(model.kpis(), ordinal, -1);
    this.violations = check(previous, previous == null ? null : Kept.of(model, this, previous));
  }

  /** The index of a model with the same ids in the same places as the valid {@code previous}. */
  private ModelIndex(OperatingModel model, ModelIndex previous, Element[] elements) {
    this.model = model;
    this.ids = previous.ids;
    this.elements = elements;
    this.kinds = previous.kinds;
    this.positions = previous.positions;
    this.chains = previous.chains;
    this.slots = previous.slots;
    this.firsts = previous.firsts;
    this.mask = previous.mask;
    this.count = previous.count;
    this.distinct = previous.distinct;
    boolean[] kept = new boolean[count];
    for (int i = 0; i < count; i++) {
      kept[i] = elements[i] == previous.elements[i];
    }
    this.violations = check(previous, kept);
  }

  /**
   * Checks the invariants: only where the model differs from {@code previous} if {@code kept} says
   * which elements are the previous model's own, and whole if that finds anything (so that every
   * violation is reported, in document order) or if {@code kept} is null.
   */
  private ImmutableList<Violation> check(@Nullable ModelIndex previous, boolean @Nullable [] kept) {
    if (previous != null && kept != null) {
      ImmutableList<Violation> changed = new InvariantChecker(model, this, previous, kept).check();
      if (changed.isEmpty()) {
        checkedAsEdit = true;
        return changed;
      }
    }
    InvariantChecker whole = new InvariantChecker(model, this, null, null);
    ImmutableList<Violation> found = whole.check();
    resolved = found.isEmpty() ? whole.resolved() : null;
    return found;
  }

  /**
   * Returns the elements of {@code model} in document order if it has the same ids in the same
   * lists and places as the valid model of {@code previous}, else null.
   */
  private static Element @Nullable [] sameShape(OperatingModel model, ModelIndex previous) {
    OperatingModel before = previous.model;
    if (!previous.violations.isEmpty()
        || model.valueChains().size() != before.valueChains().size()
        || model.offerings().size() != before.offerings().size()) {
      return null;
    }
    Element[] elements = new Element[previous.count];
    int ordinal = same(model.roles(), before.roles(), previous, elements, 0);
    ordinal = same(model.consumers(), before.consumers(), previous, elements, ordinal);
    ordinal = same(model.artifacts(), before.artifacts(), previous, elements, ordinal);
    for (int c = 0; c < model.valueChains().size() && ordinal >= 0; c++) {
      ValueChain chain = model.valueChains().get(c);
      ordinal = same(chain, previous, elements, ordinal);
      List<Stage> stages = before.valueChains().get(c).stages();
      ordinal = same(chain.stages(), stages, previous, elements, ordinal);
    }
    ordinal = same(model.processes(), before.processes(), previous, elements, ordinal);
    for (int o = 0; o < model.offerings().size() && ordinal >= 0; o++) {
      Offering offering = model.offerings().get(o);
      ordinal = same(offering, previous, elements, ordinal);
      List<Option> options = before.offerings().get(o).options();
      ordinal = same(offering.options(), options, previous, elements, ordinal);
    }
    ordinal = same(model.kpis(), before.kpis(), previous, elements, ordinal);
    return ordinal == previous.count ? elements : null;
  }

  /** As {@link #same(List, List, ModelIndex, Element[], int)}, for one element. */
  private static int same(Element element, ModelIndex previous, Element[] elements, int ordinal) {
    if (ordinal < 0) {
      return -1;
    }
    String id = element.id();
    String was = previous.ids[ordinal];
    if (!id.equals(was)) {
      return -1;
    }
    elements[ordinal] = element;
    return ordinal + 1;
  }

  /**
   * Puts the elements of {@code list} into {@code elements} from {@code ordinal} on, if the list is
   * as long as {@code before} and holds the ids that {@code previous} has there; returns the next
   * ordinal, or -1 if not (or if {@code ordinal} already is).
   */
  private static int same(
      List<? extends Element> list,
      List<? extends Element> before,
      ModelIndex previous,
      Element[] elements,
      int ordinal) {
    if (ordinal < 0 || list.size() != before.size()) {
      return -1;
    }
    int next = ordinal;
    for (int i = 0; i < list.size() && next >= 0; i++) {
      next = same(list.get(i), previous, elements, next);
    }
    return next;
  }

  private int register(List<? extends Element> list, int ordinal, int chain) {
    int next = ordinal;
    for (int i = 0; i < list.size(); i++) {
      put(next++, list.get(i), i, chain);
    }
    return next;
  }

  // The kinds are stored as their ordinals, one byte per element, and read back through KINDS.
  @SuppressWarnings("EnumOrdinal")
  private void put(int ordinal, Element element, int position, int chain) {
    String id = element.id();
    ids[ordinal] = id;
    elements[ordinal] = element;
    kinds[ordinal] = (byte) element.elementKind().ordinal();
    positions[ordinal] = position;
    chains[ordinal] = chain;
    int hash = id.hashCode();
    int slot = spread(hash) & mask;
    while (slots[2 * slot + 1] != 0) {
      int first = slots[2 * slot + 1] - 1;
      if (slots[2 * slot] == hash && ids[first].equals(id)) {
        taken(ordinal, first); // the first element with this id keeps it
        return;
      }
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = ordinal + 1;
    distinct++;
  }

  /** Remembers that the element at {@code ordinal} has the id of the one at {@code first}. */
  private void taken(int ordinal, int first) {
    int[] result = firsts;
    if (result == null) {
      result = new int[ids.length];
      Arrays.fill(result, -1);
      firsts = result;
    }
    result[ordinal] = first;
  }

  /**
   * Returns the ordinal of the first element with the id of the element at {@code ordinal}: {@code
   * ordinal} itself unless an element before it has the same id.
   */
  int firstWithIdOf(int ordinal) {
    int[] result = firsts;
    return result == null || result[ordinal] < 0 ? ordinal : result[ordinal];
  }

  /** Mixes the high bits of a hash into the low ones that pick a slot. */
  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }

  /** Returns the ordinal of the first element with {@code id}, or -1 if there is none. */
  int ordinalOf(String id) {
    int hash = id.hashCode();
    int slot = spread(hash) & mask;
    int ordinal;
    while ((ordinal = slots[2 * slot + 1]) != 0) {
      if (slots[2 * slot] == hash && ids[ordinal - 1].equals(id)) {
        return ordinal - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Returns the number of elements, in document order, ids taken twice included. */
  int count() {
    return count;
  }

  /** Returns the element with an ordinal. */
  Element elementAt(int ordinal) {
    return elements[ordinal];
  }

  /** Returns the kind of the element with an ordinal, without reading the element. */
  ElementKind kindAt(int ordinal) {
    return KINDS[kinds[ordinal]];
  }

  /** Returns the JSON Pointer of the element with an ordinal, such as {@code /valueChains/0}. */
  String pathAt(int ordinal) {
    int position = positions[ordinal];
    return switch (kindAt(ordinal)) {
      case ROLE -> "/roles/" + position;
      case CONSUMER -> "/consumers/" + position;
      case ARTIFACT -> "/artifacts/" + position;
      case VALUE_CHAIN -> "/valueChains/" + position;
      case STAGE -> "/valueChains/" + chains[ordinal] + "/stages/" + position;
      case PROCESS -> "/processes/" + position;
      case OFFERING -> "/offerings/" + position;
      case OPTION -> "/offerings/" + chains[ordinal] + "/options/" + position;
      case KPI -> "/kpis/" + position;
    };
  }

  /**
   * Returns whether the check passed over what this model shares with the one it was edited from.
   */
  boolean checkedAsEdit() {
    return checkedAsEdit;
  }

  /** Whether the check's pairs wait for the model's first navigation; for tests. */
  synchronized boolean holdsPairs() {
    return resolved != null;
  }

  /** Returns the position of the element with an ordinal in its list. */
  int positionAt(int ordinal) {
    return positions[ordinal];
  }

  /** Returns whether this index shares its id tables with {@code other}: it was derived from it. */
  boolean sharesTablesWith(ModelIndex other) {
    return slots == other.slots;
  }

  /** Returns the model this index is of. */
  OperatingModel model() {
    return model;
  }

  ImmutableList<Violation> violations() {
    return violations;
  }

  /** Returns the number of distinct ids. */
  int size() {
    return distinct;
  }

  Optional<Element> element(String id) {
    int ordinal = ordinalOf(id);
    return ordinal < 0 ? Optional.empty() : Optional.of(elements[ordinal]);
  }

  <T extends Element> Optional<T> element(String id, Class<T> type) {
    int ordinal = ordinalOf(id);
    return ordinal >= 0 && type.isInstance(elements[ordinal])
        ? Optional.of(type.cast(elements[ordinal]))
        : Optional.empty();
  }

  Optional<String> pathOf(String id) {
    int ordinal = ordinalOf(id);
    return ordinal < 0 ? Optional.empty() : Optional.of(pathAt(ordinal));
  }

  Optional<ValueChain> chainOf(String stageId) {
    int ordinal = ordinalOf(stageId);
    return ordinal < 0 || kindAt(ordinal) != ElementKind.STAGE
        ? Optional.empty()
        : Optional.of(model.valueChains().get(chains[ordinal]));
  }

  Navigation navigation() {
    Navigation result = navigation;
    if (result == null) {
      synchronized (this) {
        result = navigation;
        if (result == null) {
          result = new Navigation(model, this, resolved);
          resolved = null;
          navigation = result;
        }
      }
    }
    return result;
  }

  /** Returns how a message names an element of a kind, with its article: {@code a role}. */
  static String article(ElementKind kind) {
    return switch (kind) {
      case ROLE -> "a role";
      case CONSUMER -> "a consumer";
      case ARTIFACT -> "an artifact";
      case VALUE_CHAIN -> "a value chain";
      case STAGE -> "a stage";
      case PROCESS -> "a support process";
      case OFFERING -> "an offering";
      case OPTION -> "an option";
      case KPI -> "a KPI";
    };
  }

  /** Returns how a message names an element of a kind, without article: {@code role}. */
  static String noun(ElementKind kind) {
    return article(kind).substring(article(kind).indexOf(' ') + 1);
  }
}
