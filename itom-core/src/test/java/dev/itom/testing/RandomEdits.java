package dev.itom.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.model.Element;
import dev.itom.model.ElementKind;
import dev.itom.model.FieldType;
import dev.itom.model.InvalidModelException;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Random models and random edits of them, for the property tests of diff and merge: the one place
 * that knows where the random model generator lives. Edits are made through the metamodel, so a new
 * field is edited without a change here: rename, set or clear a field, add, remove and reorder
 * items of every list, add and remove elements (a removed element takes every reference to it
 * along: optional references are cleared, parts that need it are removed), move a stage within its
 * chain or to another chain. An edit that would break an invariant is dropped and another is drawn.
 *
 * <p>New ids and texts come from small pools so that two independent edits of one model often touch
 * the same field, add the same id or make the same change: the merge tests need conflicts and
 * pseudo-conflicts, not only disjoint edits.
 */
public final class RandomEdits {
  private static final String[] TEXTS = {
    "a", "b", "c", "Build", "価値", "🚀", "e\u0301", "\u2028", "<x>&", "\"q\"", "~/", "line\nbreak"
  };
  private static final BigDecimal[] DECIMALS = {
    BigDecimal.ZERO,
    new BigDecimal("7.50"),
    new BigDecimal("7.5"),
    new BigDecimal("1E+30"),
    new BigDecimal("0.001"),
    BigDecimal.valueOf(42)
  };

  private final SplittableRandom random;
  private OperatingModel model;

  private RandomEdits(OperatingModel model, SplittableRandom random) {
    this.model = model;
    this.random = random;
  }

  /** Returns a random valid model; the same seed gives an equal model. */
  public static OperatingModel model(long seed) {
    return SampleModels.random(seed);
  }

  /**
   * Returns {@code model} after one to six random edits; the same arguments give an equal model.
   */
  public static OperatingModel edit(OperatingModel model, long seed) {
    RandomEdits edits = new RandomEdits(model, new SplittableRandom(seed));
    int wanted = 1 + edits.random.nextInt(6);
    for (int done = 0, tries = 0; done < wanted && tries < 200; tries++) {
      try {
        OperatingModel next = edits.once();
        if (!next.equals(edits.model)) {
          edits.model = next;
          done++;
        }
      } catch (InvalidModelException invalid) {
        // an edit that breaks an invariant: draw another
      }
    }
    return edits.model;
  }

  /** One value of the model and the way down to it: a field and an index (-1 for an object). */
  private record Node(MetaType<?> type, Object value, List<Object[]> path) {}

  private OperatingModel once() {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return removeElement();
    }
    if (kind == 1) {
      return moveStage();
    }
    List<Node> nodes = new ArrayList<>();
    collect(Metamodel.MODEL, model, new ArrayList<>(), nodes);
    Node node = nodes.get(random.nextInt(nodes.size()));
    List<MetaField<?>> fields = new ArrayList<>(node.type().fields());
    fields.removeAll(node.type().identity());
    if (fields.isEmpty()) {
      return model;
    }
    MetaField<?> field = fields.get(random.nextInt(fields.size()));
    return replace(node.path(), value -> Values.with(field, value, change(field, value)));
  }

  private void collect(MetaType<?> type, Object value, List<Object[]> path, List<Node> into) {
    into.add(new Node(type, value, path));
    for (MetaField<?> field : type.fields()) {
      if (field.type() == FieldType.OBJECT && Values.get(field, value) != null) {
        collect(
            field.itemType().orElseThrow(), Values.get(field, value), down(path, field, -1), into);
      } else if (field.type() == FieldType.OBJECTS) {
        List<?> items = Values.list(field, value);
        for (int i = 0; i < items.size(); i++) {
          collect(field.itemType().orElseThrow(), items.get(i), down(path, field, i), into);
        }
      }
    }
  }

  private static List<Object[]> down(List<Object[]> path, MetaField<?> field, int index) {
    List<Object[]> next = new ArrayList<>(path);
    next.add(new Object[] {field, index});
    return next;
  }

  /** Replaces the value at {@code path} by {@code edit} of it; the model is checked once. */
  private OperatingModel replace(List<Object[]> path, UnaryOperator<Object> edit) {
    return (OperatingModel) replace(model, path, 0, edit);
  }

  private static Object replace(
      Object value, List<Object[]> path, int step, UnaryOperator<Object> edit) {
    if (step == path.size()) {
      return edit.apply(value);
    }
    MetaField<?> field = (MetaField<?>) path.get(step)[0];
    int index = (Integer) path.get(step)[1];
    if (index < 0) {
      Object child = Values.get(field, value);
      return Values.with(field, value, replace(child, path, step + 1, edit));
    }
    List<Object> items = new ArrayList<>(Values.list(field, value));
    items.set(index, replace(items.get(index), path, step + 1, edit));
    return Values.with(field, value, ImmutableList.copyOf(items));
  }

  /** A new value for a field, as {@link MetaField#get} returns it. */
  private Object change(MetaField<?> field, Object owner) {
    Object current = Values.get(field, owner);
    boolean clear = !field.required() && random.nextInt(4) == 0;
    switch (field.type()) {
      case ID:
        return freshId();
      case TEXT:
        return clear ? null : (field.name().equals("name") ? "N" : "") + text();
      case DECIMAL:
        return clear ? null : DECIMALS[random.nextInt(DECIMALS.length)];
      case ENUM:
        if (clear) {
          return null;
        }
        Object[] constants = field.enumType().orElseThrow().getEnumConstants();
        return constants[random.nextInt(constants.length)];
      case REFERENCE:
        return clear ? null : someId(field);
      case MAP:
        Map<String, String> map = new TreeMap<>();
        Values.map(field, owner).forEach((k, v) -> map.put((String) k, (String) v));
        if (!map.isEmpty() && random.nextBoolean()) {
          map.remove(new ArrayList<>(map.keySet()).get(random.nextInt(map.size())));
        } else {
          map.put("k" + text(), text());
        }
        return ImmutableSortedMap.copyOf(map);
      case OBJECT:
        return current != null && random.nextBoolean()
            ? null
            : fresh(field.itemType().orElseThrow());
      case TEXTS:
      case REFERENCES:
      case OBJECTS:
        return list(field, new ArrayList<>(Values.list(field, owner)));
    }
    throw new AssertionError(field);
  }

  private Object list(MetaField<?> field, List<Object> items) {
    int op = items.isEmpty() ? 0 : random.nextInt(3);
    if (op == 0) {
      Object item =
          switch (field.type()) {
            case TEXTS -> "Q" + text();
            case REFERENCES -> someId(field);
            default -> fresh(field.itemType().orElseThrow());
          };
      items.add(random.nextInt(items.size() + 1), item);
    } else if (op == 1 && !Values.holdsElements(field)) {
      items.remove(random.nextInt(items.size()));
    } else {
      Object item = items.remove(random.nextInt(items.size()));
      items.add(random.nextInt(items.size() + 1), item);
    }
    return ImmutableList.copyOf(items);
  }

  /** A new value of a type with its required fields, and an optional one now and then. */
  private Object fresh(MetaType<?> type) {
    String id = freshId();
    return Values.create(
        type,
        field ->
            switch (field.type()) {
              case ID -> id;
              case TEXT ->
                  field.required()
                      ? (field.name().equals("name") ? "N" : "F") + text()
                      : random.nextInt(3) == 0 ? text() : null;
              case ENUM -> {
                if (!field.required() && random.nextBoolean()) {
                  yield null;
                }
                Object[] constants = field.enumType().orElseThrow().getEnumConstants();
                yield constants[random.nextInt(constants.length)];
              }
              case REFERENCE -> field.required() || random.nextBoolean() ? someId(field) : null;
              case DECIMAL ->
                  field.required() || random.nextInt(3) == 0
                      ? DECIMALS[random.nextInt(DECIMALS.length)]
                      : null;
              default -> null;
            });
  }

  /** An id from a small pool, so that both sides of a merge sometimes pick the same. */
  private String freshId() {
    Set<String> taken = ids().keySet();
    for (int i = 0; i < 20; i++) {
      String id = "new-" + random.nextInt(6);
      if (!taken.contains(id)) {
        return id;
      }
    }
    return "new-" + random.nextLong();
  }

  private String someId(MetaField<?> field) {
    List<String> candidates = new ArrayList<>();
    ids()
        .forEach(
            (id, kind) -> {
              if (field.referenceKinds().contains(kind)) {
                candidates.add(id);
              }
            });
    if (candidates.isEmpty()) {
      return "missing";
    }
    candidates.sort(null);
    return candidates.get(random.nextInt(candidates.size()));
  }

  private String text() {
    return TEXTS[random.nextInt(TEXTS.length)]
        + (random.nextInt(3) == 0 ? TEXTS[random.nextInt(TEXTS.length)] : "");
  }

  private Map<String, ElementKind> ids() {
    Map<String, ElementKind> ids = new LinkedHashMap<>();
    Values.elements(
        Metamodel.MODEL, model, id -> ids.put(id, model.element(id).orElseThrow().elementKind()));
    return ids;
  }

  /** Removes an element and everything nested in it, and every reference to them. */
  private OperatingModel removeElement() {
    List<String> ids = new ArrayList<>(ids().keySet());
    if (ids.isEmpty()) {
      return model;
    }
    ids.sort(null);
    Element element = model.element(ids.get(random.nextInt(ids.size()))).orElseThrow();
    Set<String> removed = new HashSet<>();
    Values.elements(Metamodel.of(element.elementKind()), element, removed::add);
    return (OperatingModel) scrub(Metamodel.MODEL, model, removed);
  }

  /** The value without the removed elements and the references to them; null for a part to drop. */
  private static Object scrub(MetaType<?> type, Object value, Set<String> removed) {
    Object[] values = new Object[type.fields().size()];
    for (int f = 0; f < values.length; f++) {
      MetaField<?> field = type.fields().get(f);
      Object v = Values.get(field, value);
      switch (field.type()) {
        case REFERENCE -> {
          if (removed.contains(v)) {
            if (field.required()) {
              return null;
            }
            v = null;
          }
        }
        case REFERENCES ->
            v =
                Values.list(field, value).stream()
                    .filter(id -> !removed.contains(id))
                    .collect(ImmutableList.toImmutableList());
        case OBJECT -> v = v == null ? null : scrub(field.itemType().orElseThrow(), v, removed);
        case OBJECTS -> {
          List<Object> kept = new ArrayList<>();
          for (Object item : Values.list(field, value)) {
            if (item instanceof Element e && removed.contains(e.id())) {
              continue;
            }
            Object scrubbed = scrub(field.itemType().orElseThrow(), item, removed);
            if (scrubbed != null) {
              kept.add(scrubbed);
            }
          }
          v = ImmutableList.copyOf(kept);
        }
        default -> {}
      }
      values[f] = v;
    }
    return Values.create(type, field -> values[type.fields().indexOf(field)]);
  }

  /** Moves a stage within its chain or to another chain. */
  private OperatingModel moveStage() {
    MetaField<?> stages = Metamodel.VALUE_CHAIN.field("stages").orElseThrow();
    MetaField<?> valueChains = Metamodel.MODEL.field("valueChains").orElseThrow();
    List<?> all = Values.list(valueChains, model);
    List<int[]> stagesAt = new ArrayList<>();
    for (int c = 0; c < all.size(); c++) {
      for (int s = 0; s < Values.list(stages, all.get(c)).size(); s++) {
        stagesAt.add(new int[] {c, s});
      }
    }
    if (stagesAt.isEmpty()) {
      return model;
    }
    int[] from = stagesAt.get(random.nextInt(stagesAt.size()));
    int to = random.nextInt(all.size());
    List<Object> chainList = new ArrayList<>(all);
    List<Object> source = new ArrayList<>(Values.list(stages, chainList.get(from[0])));
    Object stage = source.remove(from[1]);
    chainList.set(
        from[0], Values.with(stages, chainList.get(from[0]), ImmutableList.copyOf(source)));
    List<Object> target = new ArrayList<>(Values.list(stages, chainList.get(to)));
    target.add(random.nextInt(target.size() + 1), stage);
    chainList.set(to, Values.with(stages, chainList.get(to), ImmutableList.copyOf(target)));
    return (OperatingModel) Values.with(valueChains, model, ImmutableList.copyOf(chainList));
  }

  /** Reading and writing any value through the metamodel. */
  private static final class Values {
    private Values() {}

    static @Nullable Object get(MetaField<?> field, Object value) {
      return read(field, value);
    }

    private static <T> @Nullable Object read(MetaField<T> field, Object value) {
      return field.get(field.owner().javaType().cast(value));
    }

    static Object with(MetaField<?> field, Object value, @Nullable Object fieldValue) {
      return set(field, value, fieldValue);
    }

    private static <T> Object set(MetaField<T> field, Object value, @Nullable Object fieldValue) {
      return field.with(field.owner().javaType().cast(value), fieldValue);
    }

    static Object create(MetaType<?> type, Function<MetaField<?>, @Nullable Object> values) {
      return make(type, values);
    }

    private static <T> Object make(
        MetaType<T> type, Function<MetaField<?>, @Nullable Object> values) {
      return type.create(values::apply);
    }

    static List<?> list(MetaField<?> field, Object value) {
      Object list = get(field, value);
      return list == null ? ImmutableList.of() : (List<?>) list;
    }

    static Map<?, ?> map(MetaField<?> field, Object value) {
      Object map = get(field, value);
      return map == null ? Map.of() : (Map<?, ?>) map;
    }

    static boolean holdsElements(MetaField<?> field) {
      return field.type() == FieldType.OBJECTS
          && field.itemType().orElseThrow().elementKind().isPresent();
    }

    static void elements(MetaType<?> type, Object value, Consumer<String> sink) {
      if (value instanceof Element element) {
        sink.accept(element.id());
      }
      for (MetaField<?> field : type.fields()) {
        if (holdsElements(field)) {
          for (Object item : list(field, value)) {
            elements(field.itemType().orElseThrow(), item, sink);
          }
        }
      }
    }
  }
}
