package dev.itom.diff;

import com.google.common.collect.ImmutableList;
import dev.itom.internal.Sequences;
import dev.itom.internal.Texts;
import dev.itom.model.Element;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes the changes between two models over the metamodel: elements matched by id across the
 * whole model (so a stage can move to another chain), other items by key within their list, moves
 * found as the items outside a longest increasing subsequence of the common items' positions.
 * Linear in the size of the models but for that subsequence, which is {@code n log n} in the length
 * of one list.
 *
 * <p>Equal values cost what {@code equals} costs: a value is compared field by field only where it
 * differs, a list of elements with the same ids in the same order is compared pair by pair, and
 * where an element sat and sits (to find moves across lists) is asked of each model's own id index,
 * only for the elements of the lists whose ids differ.
 */
final class Differ {
  /** Where an element sits in one model. */
  private record Where(
      Object value,
      Locator owner,
      MetaField<?> field,
      int index,
      @Nullable Key after,
      String path) {}

  private final OperatingModel a;
  private final OperatingModel b;
  private final Map<String, Optional<Where>> before = new HashMap<>();
  private final Map<String, Optional<Where>> after = new HashMap<>();
  private final List<Change> changes = new ArrayList<>();

  private Differ(OperatingModel a, OperatingModel b) {
    this.a = a;
    this.b = b;
  }

  /**
   * Returns the changes from {@code a} to {@code b}, with the names of the elements they touch;
   * null when there are none.
   */
  static @Nullable ModelDiff diff(OperatingModel a, OperatingModel b) {
    Differ differ = new Differ(a, b);
    differ.node(Metamodel.MODEL, a, b, Locator.model(), "", "");
    if (differ.changes.isEmpty()) {
      return null;
    }
    return new ModelDiff(ImmutableList.copyOf(differ.changes), differ.names());
  }

  /** Where an element of {@code a} sits, or null if {@code a} has no element with that id. */
  private @Nullable Where before(String id) {
    return where(a, id, before);
  }

  /** Where an element of {@code b} sits, or null. */
  private @Nullable Where after(String id) {
    return where(b, id, after);
  }

  /**
   * Where the element with {@code id} sits in {@code model}: found through the model's own id index
   * and its JSON Pointer, once per id (the ids of the lists whose ids differ, not every element of
   * the model).
   */
  private static @Nullable Where where(
      OperatingModel model, String id, Map<String, Optional<Where>> found) {
    Optional<Where> known = found.get(id);
    if (known == null) {
      known = model.pathOf(id).map(path -> locate(model, path));
      found.put(id, known);
    }
    return known.orElse(null);
  }

  /** Where the element at {@code path} ({@code /roles/3}, {@code /valueChains/1/stages/0}) sits. */
  private static Where locate(OperatingModel model, String path) {
    String[] tokens = path.substring(1).split("/", -1);
    MetaType<?> type = Metamodel.MODEL;
    Object value = model;
    Locator owner = Locator.model();
    for (int t = 0; ; t += 2) {
      MetaField<?> field = type.field(tokens[t]).orElseThrow();
      List<?> items = Values.list(field, value);
      int index = Integer.parseInt(tokens[t + 1]);
      Element element = (Element) items.get(index);
      if (t + 2 == tokens.length) {
        Key after = index == 0 ? null : Key.of(((Element) items.get(index - 1)).id());
        return new Where(element, owner, field, index, after, path);
      }
      type = field.itemType().orElseThrow();
      value = element;
      owner = Locator.element(type, element.id());
    }
  }

  private Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    names.put("", a.name());
    for (Change change : changes) {
      String id = change.owner().elementId();
      if (change instanceof Change.Move move && Values.holdsElements(move.field())) {
        id = (String) move.key().values().get(0);
      }
      if (id != null) {
        Optional<Element> element = a.element(id);
        if (element.isEmpty()) {
          element = b.element(id);
        }
        if (element.isPresent()) {
          names.put(id, element.get().name());
        }
      }
    }
    return names;
  }

  /** Whether an element is in both models, in the same kind of list. */
  private boolean matched(String id) {
    Where was = before(id);
    Where is = after(id);
    return was != null && is != null && was.field() == is.field();
  }

  private void node(
      MetaType<?> type, Object a, Object b, Locator owner, String aPath, String bPath) {
    for (MetaField<?> field : type.fields()) {
      if (type.identity().contains(field)) {
        continue;
      }
      Object av = Values.get(field, a);
      Object bv = Values.get(field, b);
      if (av == bv) {
        continue; // the same instance, or both absent
      }
      switch (field.type()) {
        case ID, TEXT, DECIMAL, ENUM, REFERENCE -> {
          if (!Objects.equals(av, bv)) {
            changes.add(
                new Change.Edit(
                    owner, field, null, av, bv, path(aPath, field), path(bPath, field)));
          }
        }
        case OBJECT -> {
          if (av != null && bv != null) {
            if (!av.equals(bv)) {
              MetaType<?> item = field.itemType().orElseThrow();
              node(
                  item,
                  av,
                  bv,
                  owner.child(field, Key.none()),
                  path(aPath, field),
                  path(bPath, field));
            }
          } else {
            changes.add(
                new Change.Edit(
                    owner, field, null, av, bv, path(aPath, field), path(bPath, field)));
          }
        }
        case MAP -> {
          Map<?, ?> am = Values.map(field, a);
          Map<?, ?> bm = Values.map(field, b);
          if (!am.equals(bm)) {
            map(owner, field, am, bm, path(aPath, field), path(bPath, field));
          }
        }
        case TEXTS, REFERENCES, OBJECTS -> {
          List<?> al = Values.list(field, a);
          List<?> bl = Values.list(field, b);
          if (Values.holdsElements(field)) {
            if (!sameIds(al, bl)) {
              elements(owner, field, al, bl, aPath, bPath);
            } else {
              pairs(field, al, bl, aPath, bPath);
            }
          } else if (!al.equals(bl)) {
            items(owner, field, al, bl, aPath, bPath);
          }
        }
      }
    }
  }

  private static String path(String owner, MetaField<?> field) {
    return owner + "/" + field.name();
  }

  /** Whether two lists of elements hold the same ids in the same order. */
  private static boolean sameIds(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!((Element) a.get(i)).id().equals(((Element) b.get(i)).id())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two lists of elements with the same ids in the same order: nothing added, removed or moved, so
   * only the elements that differ are compared field by field, and the index of every element is
   * not needed.
   */
  private void pairs(MetaField<?> field, List<?> a, List<?> b, String aPath, String bPath) {
    MetaType<?> type = field.itemType().orElseThrow();
    for (int i = 0; i < a.size(); i++) {
      Object was = a.get(i);
      Object is = b.get(i);
      if (was != is && !was.equals(is)) {
        String at = "/" + field.name() + "/" + i;
        Locator element = Locator.element(type, ((Element) is).id());
        node(type, was, is, element, aPath + at, bPath + at);
      }
    }
  }

  private void map(
      Locator owner, MetaField<?> field, Map<?, ?> a, Map<?, ?> b, String fa, String fb) {
    TreeSet<String> keys = new TreeSet<>();
    a.keySet().forEach(key -> keys.add((String) key));
    b.keySet().forEach(key -> keys.add((String) key));
    for (String key : keys) {
      Object av = a.get(key);
      Object bv = b.get(key);
      if (!Objects.equals(av, bv)) {
        String token = "/" + Texts.escapeToken(key);
        changes.add(new Change.Edit(owner, field, key, av, bv, fa + token, fb + token));
      }
    }
  }

  /** A list of parts, ids or texts, matched by key within the list. */
  private void items(
      Locator owner, MetaField<?> field, List<?> a, List<?> b, String aPath, String bPath) {
    Key[] ak = Values.keys(field, a);
    Key[] bk = Values.keys(field, b);
    Map<Key, Integer> aIndex = positions(ak);
    Map<Key, Integer> bIndex = positions(bk);
    String la = aPath + "/" + field.name() + "/";
    String lb = bPath + "/" + field.name() + "/";
    for (int i = 0; i < ak.length; i++) {
      if (!bIndex.containsKey(ak[i])) {
        Placement at = new Placement(owner, field, i, i == 0 ? null : ak[i - 1]);
        changes.add(new Change.Remove(at, ak[i], a.get(i), la + i));
      }
    }
    int[] common = new int[bk.length];
    int size = 0;
    for (Key key : bk) {
      Integer i = aIndex.get(key);
      if (i != null) {
        common[size++] = i;
      }
    }
    boolean[] stable = Sequences.increasing(Arrays.copyOf(common, size));
    MetaType<?> part = field.type() == FieldType.OBJECTS ? field.itemType().orElseThrow() : null;
    int c = 0;
    for (int j = 0; j < bk.length; j++) {
      Placement to = new Placement(owner, field, j, j == 0 ? null : bk[j - 1]);
      Integer i = aIndex.get(bk[j]);
      if (i == null) {
        changes.add(new Change.Add(to, bk[j], b.get(j), lb + j));
        continue;
      }
      if (!stable[c++]) {
        Placement from = new Placement(owner, field, i, i == 0 ? null : ak[i - 1]);
        changes.add(new Change.Move(bk[j], from, to, la + i, lb + j));
      }
      if (part != null && a.get(i) != b.get(j) && !a.get(i).equals(b.get(j))) {
        node(part, a.get(i), b.get(j), owner.child(field, bk[j]), la + i, lb + j);
      }
    }
  }

  /** A list of elements, matched by id across the whole model. */
  private void elements(
      Locator owner, MetaField<?> field, List<?> a, List<?> b, String aPath, String bPath) {
    MetaType<?> type = field.itemType().orElseThrow();
    String la = aPath + "/" + field.name() + "/";
    String lb = bPath + "/" + field.name() + "/";
    for (int i = 0; i < a.size(); i++) {
      Element element = (Element) a.get(i);
      if (!matched(element.id())) {
        Key previous = i == 0 ? null : Key.of(((Element) a.get(i - 1)).id());
        Placement at = new Placement(owner, field, i, previous);
        Object value = strip(type, element);
        changes.add(new Change.Remove(at, Key.of(element.id()), value, la + i));
      }
    }
    int[] common = new int[b.size()];
    int size = 0;
    for (Object item : b) {
      String id = ((Element) item).id();
      Where was = before(id);
      if (was != null && matched(id) && was.owner().equals(owner)) {
        common[size++] = was.index();
      }
    }
    boolean[] stable = Sequences.increasing(Arrays.copyOf(common, size));
    int c = 0;
    for (int j = 0; j < b.size(); j++) {
      Element element = (Element) b.get(j);
      Key key = Key.of(element.id());
      Placement to =
          new Placement(owner, field, j, j == 0 ? null : Key.of(((Element) b.get(j - 1)).id()));
      Where was = before(element.id());
      if (was == null || !matched(element.id())) {
        changes.add(new Change.Add(to, key, strip(type, element), lb + j));
        arrivals(type, element, lb + j);
        continue;
      }
      boolean sameOwner = was.owner().equals(owner);
      if (!sameOwner || !stable[c++]) {
        moved(was, to, key, lb + j);
      }
      // the same instance on both sides holds the same everything, nested elements included
      if (was.value() != element && !was.value().equals(element)) {
        node(type, was.value(), element, Locator.element(type, element.id()), was.path(), lb + j);
      }
    }
  }

  private void moved(Where was, Placement to, Key key, String path) {
    Placement from = new Placement(was.owner(), to.field(), was.index(), was.after());
    changes.add(new Change.Move(key, from, to, was.path(), path));
  }

  /**
   * The elements nested in an added element that existed before elsewhere: each moved into it (an
   * added chain that takes over a stage), and found at any depth below other added ones.
   */
  private void arrivals(MetaType<?> type, Element added, String path) {
    Locator owner = Locator.element(type, added.id());
    for (MetaField<?> field : type.fields()) {
      if (!Values.holdsElements(field)) {
        continue;
      }
      MetaType<?> itemType = field.itemType().orElseThrow();
      List<?> items = Values.list(field, added);
      for (int j = 0; j < items.size(); j++) {
        Element element = (Element) items.get(j);
        String itemPath = path + "/" + field.name() + "/" + j;
        Where was = before(element.id());
        if (was == null || !matched(element.id())) {
          arrivals(itemType, element, itemPath);
          continue;
        }
        Key previous = j == 0 ? null : Key.of(((Element) items.get(j - 1)).id());
        Key key = Key.of(element.id());
        moved(was, new Placement(owner, field, j, previous), key, itemPath);
        node(
            itemType,
            was.value(),
            element,
            Locator.element(itemType, element.id()),
            was.path(),
            itemPath);
      }
    }
  }

  /**
   * Returns an added or removed element without the elements nested in it that both models have in
   * the same kind of list: those are moves of their own.
   */
  private Object strip(MetaType<?> type, Object value) {
    Object result = value;
    for (MetaField<?> field : type.fields()) {
      if (!Values.holdsElements(field)) {
        continue;
      }
      MetaType<?> itemType = field.itemType().orElseThrow();
      List<?> items = Values.list(field, value);
      List<Object> kept = new ArrayList<>(items.size());
      boolean changed = false;
      for (Object item : items) {
        String id = ((Element) item).id();
        if (matched(id)) {
          changed = true;
        } else {
          Object stripped = strip(itemType, item);
          changed |= stripped != item;
          kept.add(stripped);
        }
      }
      if (changed) {
        result = Values.with(field, result, ImmutableList.copyOf(kept));
      }
    }
    return result;
  }

  private static Map<Key, Integer> positions(Key[] keys) {
    Map<Key, Integer> positions = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      positions.put(keys[i], i);
    }
    return positions;
  }
}
