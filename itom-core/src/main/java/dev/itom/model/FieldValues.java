package dev.itom.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The field values {@link MetaType#create} builds a value from, read by field name and checked
 * against what the field's {@link FieldType} promises: a wrong Java type is an {@link
 * IllegalArgumentException} naming the field, a missing required value a {@link
 * NullPointerException}.
 *
 * @param <T> the type of the value being created
 */
final class FieldValues<T> {
  private final MetaType<T> type;
  private final Function<? super MetaField<T>, ? extends @Nullable Object> source;

  FieldValues(MetaType<T> type, Function<? super MetaField<T>, ? extends @Nullable Object> source) {
    this.type = type;
    this.source = source;
  }

  private @Nullable Object raw(String name) {
    MetaField<T> field = type.field(name).orElseThrow();
    return source.apply(field);
  }

  private <V> @Nullable V optional(String name, Class<V> javaType) {
    Object value = raw(name);
    if (value == null) {
      return null;
    }
    checkArgument(
        javaType.isInstance(value),
        "%s.%s takes a %s, not a %s",
        type,
        name,
        javaType.getSimpleName(),
        value.getClass().getName());
    return javaType.cast(value);
  }

  private <V> V required(String name, Class<V> javaType) {
    V value = optional(name, javaType);
    if (value == null) {
      throw new NullPointerException(type + "." + name + " is required");
    }
    return value;
  }

  String text(String name) {
    return required(name, String.class);
  }

  Optional<String> optionalText(String name) {
    return Optional.ofNullable(optional(name, String.class));
  }

  BigDecimal requiredDecimal(String name) {
    return required(name, BigDecimal.class);
  }

  Optional<BigDecimal> decimal(String name) {
    return Optional.ofNullable(optional(name, BigDecimal.class));
  }

  <E extends Enum<E>> E enumeration(String name, Class<E> javaType) {
    return required(name, javaType);
  }

  <E extends Enum<E>> Optional<E> optionalEnumeration(String name, Class<E> javaType) {
    return Optional.ofNullable(optional(name, javaType));
  }

  <V> Optional<V> object(String name, Class<V> javaType) {
    return Optional.ofNullable(optional(name, javaType));
  }

  ImmutableList<String> strings(String name) {
    return objects(name, String.class);
  }

  /** A list field: absent (null) is the empty list; every item must be of {@code javaType}. */
  <V> ImmutableList<V> objects(String name, Class<V> javaType) {
    Object value = raw(name);
    if (value == null) {
      return ImmutableList.of();
    }
    checkArgument(value instanceof List, "%s.%s takes a list, not a %s", type, name, value);
    if (value instanceof ImmutableList<?> list && allInstances(list, javaType)) {
      @SuppressWarnings("unchecked") // every item is a V
      ImmutableList<V> same = (ImmutableList<V>) list;
      return same; // already immutable: kept, not copied
    }
    ImmutableList.Builder<V> items = ImmutableList.builder();
    for (Object item : (List<?>) value) {
      checkArgument(
          javaType.isInstance(item),
          "%s.%s takes a list of %s, not a %s",
          type,
          name,
          javaType.getSimpleName(),
          item == null ? "null" : item.getClass().getName());
      items.add(javaType.cast(item));
    }
    return items.build();
  }

  private static boolean allInstances(List<?> list, Class<?> javaType) {
    for (int i = 0; i < list.size(); i++) {
      if (!javaType.isInstance(list.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** A map field: absent (null) is the empty map; keys and values must be strings. */
  ImmutableSortedMap<String, String> map(String name) {
    Object value = raw(name);
    if (value == null) {
      return ImmutableSortedMap.of();
    }
    checkArgument(value instanceof Map, "%s.%s takes a map, not a %s", type, name, value);
    ImmutableSortedMap.Builder<String, String> map = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
      checkArgument(
          entry.getKey() instanceof String && entry.getValue() instanceof String,
          "%s.%s takes a map of strings to strings",
          type,
          name);
      map.put((String) entry.getKey(), (String) entry.getValue());
    }
    return map.buildOrThrow();
  }
}
