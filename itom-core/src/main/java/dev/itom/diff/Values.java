package dev.itom.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.itom.internal.Texts;
import dev.itom.model.Element;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reading and writing any value through the metamodel, without code per kind. */
final class Values {
  private static final IdentityHashMap<MetaField<?>, Integer> POSITIONS = new IdentityHashMap<>();

  static {
    for (MetaType<?> type : Metamodel.types()) {
      for (int f = 0; f < type.fields().size(); f++) {
        POSITIONS.put(type.fields().get(f), f);
      }
    }
  }

  private Values() {}

  /** Returns the position of a field among its type's fields. */
  static int position(MetaField<?> field) {
    Integer position = POSITIONS.get(field);
    return position == null ? field.owner().fields().indexOf(field) : position;
  }

  /** Reads a field of a value whose type is only known at run time. */
  static @Nullable Object get(MetaField<?> field, Object value) {
    return read(field, value);
  }

  private static <T> @Nullable Object read(MetaField<T> field, Object value) {
    return field.get(field.owner().javaType().cast(value));
  }

  /** Creates a value of a type known only at run time. */
  static Object create(MetaType<?> type, Function<MetaField<?>, @Nullable Object> values) {
    return make(type, values);
  }

  private static <T> Object make(
      MetaType<T> type, Function<MetaField<?>, @Nullable Object> values) {
    return type.create(values);
  }

  /** Returns a copy of {@code value} with one field set. */
  static Object with(MetaField<?> field, Object value, @Nullable Object fieldValue) {
    return set(field, value, fieldValue);
  }

  private static <T> Object set(MetaField<T> field, Object value, @Nullable Object fieldValue) {
    return field.with(field.owner().javaType().cast(value), fieldValue);
  }

  /** Returns the list a list field holds, as a list of objects. */
  static List<?> list(MetaField<?> field, Object value) {
    Object list = get(field, value);
    return list == null ? ImmutableList.of() : (List<?>) list;
  }

  /** Returns the map a map field holds. */
  static Map<?, ?> map(MetaField<?> field, Object value) {
    Object map = get(field, value);
    return map == null ? Map.of() : (Map<?, ?>) map;
  }

  /** Returns whether a field holds a list of elements (matched by id across the model). */
  static boolean holdsElements(MetaField<?> field) {
    return field.type() == FieldType.OBJECTS
        && field.itemType().orElseThrow().elementKind().isPresent();
  }

  /** Returns whether values of a type hold lists of elements. */
  static boolean holdsElements(MetaType<?> type) {
    for (MetaField<?> field : type.fields()) {
      if (holdsElements(field)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the identifying values of an item of a list field. */
  static ImmutableList<Object> identity(MetaField<?> list, Object item) {
    if (list.type() != FieldType.OBJECTS) {
      return ImmutableList.of(item);
    }
    MetaType<?> type = list.itemType().orElseThrow();
    ImmutableList<? extends MetaField<?>> fields = type.identity();
    if (fields.size() == 1) { // an element's id: one value, no builder
      return ImmutableList.of(required(fields.get(0), item));
    }
    ImmutableList.Builder<Object> values = ImmutableList.builderWithExpectedSize(fields.size());
    for (MetaField<?> field : fields) {
      values.add(required(field, item));
    }
    return values.build();
  }

  private static Object required(MetaField<?> field, Object item) {
    Object value = get(field, item);
    if (value == null) {
      throw new NullPointerException(field.toString());
    }
    return value;
  }

  /** Returns the keys of the items of a list, with occurrences counted for equal values. */
  static Key[] keys(MetaField<?> list, List<?> items) {
    Key[] keys = new Key[items.size()];
    // ids are unique within a model, so only the other lists count occurrences
    Map<ImmutableList<Object>, Integer> seen = holdsElements(list) ? null : new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      ImmutableList<Object> values = identity(list, items.get(i));
      int occurrence = seen == null ? 0 : seen.merge(values, 1, Integer::sum) - 1;
      keys[i] = new Key(values, occurrence);
    }
    return keys;
  }

  /** Checks an item of a list field and its key. */
  static void checkItem(MetaField<?> list, Key key, Object value) {
    checkNotNull(value, "value");
    checkArgument(list.type().isList(), "%s is not a list", list);
    Class<?> itemType =
        list.type() == FieldType.OBJECTS ? list.itemType().orElseThrow().javaType() : String.class;
    checkArgument(itemType.isInstance(value), "%s holds %s items", list, itemType.getSimpleName());
    checkArgument(key.values().equals(identity(list, value)), "%s is not the key of the item", key);
  }

  /** Checks a single value (or map entry value) of a field; null is absent. */
  static void checkSingle(MetaField<?> field, @Nullable Object value) {
    if (value == null) {
      return;
    }
    Class<?> type =
        switch (field.type()) {
          case ID, TEXT, REFERENCE, MAP -> String.class;
          case DECIMAL -> BigDecimal.class;
          case ENUM -> field.enumType().orElseThrow();
          case OBJECT -> field.itemType().orElseThrow().javaType();
          case TEXTS, REFERENCES, OBJECTS -> List.class;
        };
    checkArgument(type.isInstance(value), "%s takes a %s", field, type.getSimpleName());
  }

  /** Calls {@code sink} with every id a value refers to, nested values included. */
  static void references(MetaType<?> type, Object value, Consumer<String> sink) {
    for (MetaField<?> field : type.fields()) {
      switch (field.type()) {
        case REFERENCE -> {
          Object id = get(field, value);
          if (id != null) {
            sink.accept((String) id);
          }
        }
        case REFERENCES -> list(field, value).forEach(id -> sink.accept((String) id));
        case OBJECT -> {
          Object nested = get(field, value);
          if (nested != null) {
            references(field.itemType().orElseThrow(), nested, sink);
          }
        }
        case OBJECTS -> {
          for (Object item : list(field, value)) {
            references(field.itemType().orElseThrow(), item, sink);
          }
        }
        default -> {}
      }
    }
  }

  /** Calls {@code sink} with the id of every element in a value, itself included. */
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

  /** Returns the value a locator names in a model, if the model has it. */
  static Optional<Object> find(OperatingModel model, Locator locator) {
    Object value;
    if (locator.elementId() == null) {
      value = model;
    } else {
      Optional<Element> element = model.element(locator.elementId());
      if (element.isEmpty() || !locator.elementType().javaType().isInstance(element.get())) {
        return Optional.empty();
      }
      value = element.get();
    }
    for (Locator.Step step : locator.steps()) {
      Object next = step(step, value);
      if (next == null) {
        return Optional.empty();
      }
      value = next;
    }
    return Optional.of(value);
  }

  private static @Nullable Object step(Locator.Step step, Object value) {
    if (step.field().type() == FieldType.OBJECT) {
      return get(step.field(), value);
    }
    List<?> items = list(step.field(), value);
    Key[] keys = keys(step.field(), items);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(step.key())) {
        return items.get(i);
      }
    }
    return null;
  }

  /** Returns the JSON Pointer of the value a locator names in a model, if the model has it. */
  static Optional<String> pointer(OperatingModel model, Locator locator) {
    Object value;
    StringBuilder path = new StringBuilder();
    if (locator.elementId() == null) {
      value = model;
    } else {
      Optional<Element> element = model.element(locator.elementId());
      if (element.isEmpty() || !locator.elementType().javaType().isInstance(element.get())) {
        return Optional.empty();
      }
      value = element.get();
      path.append(model.pathOf(locator.elementId()).orElseThrow());
    }
    for (Locator.Step step : locator.steps()) {
      path.append('/').append(step.field().name());
      if (step.field().type() == FieldType.OBJECT) {
        value = get(step.field(), value);
      } else {
        List<?> items = list(step.field(), value);
        Key[] keys = keys(step.field(), items);
        value = null;
        for (int i = 0; i < keys.length && value == null; i++) {
          if (keys[i].equals(step.key())) {
            value = items.get(i);
            path.append('/').append(i);
          }
        }
      }
      if (value == null) {
        return Optional.empty();
      }
    }
    return Optional.of(path.toString());
  }

  /** Returns the pointer of a field (and map entry) below a value's pointer. */
  static String fieldPath(String owner, MetaField<?> field, @Nullable String entry) {
    String path = owner + "/" + field.name();
    return entry == null ? path : path + "/" + Texts.escapeToken(entry);
  }
}
