package dev.itom.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Map;

/**
 * A one-to-many relation from ids to values, in insertion order per id. An id with one value maps
 * to the value itself, so the common case allocates no list; after {@link #freeze()} an id with
 * several values maps to an {@link ImmutableList}. Read-only after freezing, so it may be shared by
 * any number of threads once safely published.
 */
final class Relation<T> {
  /** The values of an id with more than one, while the relation is being built. */
  private static final class Many extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    Many(Object first, Object second) {
      super(4);
      add(first);
      add(second);
    }
  }

  private final Map<String, Object> byId;

  Relation(int expectedKeys) {
    byId = Maps.newHashMapWithExpectedSize(expectedKeys);
  }

  void put(String id, T value) {
    Object current = byId.putIfAbsent(id, value);
    if (current instanceof Many many) {
      many.add(value);
    } else if (current != null) {
      byId.put(id, new Many(current, value));
    }
  }

  void freeze() {
    byId.replaceAll((id, value) -> value instanceof Many many ? ImmutableList.copyOf(many) : value);
  }

  // Values are only ever the T given to put, or an ImmutableList of them made by freeze.
  @SuppressWarnings("unchecked")
  ImmutableList<T> get(String id) {
    Object value = byId.get(id);
    if (value == null) {
      return ImmutableList.of();
    }
    if (value instanceof ImmutableList<?> list) {
      return (ImmutableList<T>) list;
    }
    return ImmutableList.of((T) value);
  }
}
