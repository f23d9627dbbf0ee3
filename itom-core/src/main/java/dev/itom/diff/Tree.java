package dev.itom.diff;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The editable tree {@link Patcher} applies changes to: a value of the model with the current value
 * of each field once expanded, lists as doubly linked items with their live items, tombstones and
 * items being moved by key, and a value built again only where something changed.
 */
final class Tree {
  private Tree() {}

  /**
   * A value being edited: its original and, once expanded, the current value of each field (a list
   * stays the original list until first used).
   */
  static final class Node {
    final MetaType<?> type;
    final Object original;
    @Nullable Node parent;
    @Nullable Object @Nullable [] fields;
    boolean dirty;

    Node(MetaType<?> type, Object original, @Nullable Node parent) {
      this.type = type;
      this.original = original;
      this.parent = parent;
    }

    @Nullable Object[] expand() {
      @Nullable Object[] values = fields;
      if (values != null) {
        return values;
      }
      values = new Object[type.fields().size()];
      for (int f = 0; f < values.length; f++) {
        MetaField<?> field = type.fields().get(f);
        Object value = Values.get(field, original);
        values[f] =
            switch (field.type()) {
              case OBJECT -> value == null ? null : new Node(nested(field), value, this);
              case MAP -> new TreeMap<>(Values.map(field, original));
              // a list is made editable on first use (slot), most lists never are
              case TEXTS, REFERENCES, OBJECTS -> Values.list(field, original);
              default -> value;
            };
      }
      fields = values;
      return values;
    }

    @Nullable Object slot(MetaField<?> field) {
      @Nullable Object[] values = expand();
      int f = Values.position(field);
      Object value = values[f];
      if (value instanceof List<?> list) {
        value = new Items(this, field, list);
        values[f] = value;
      }
      return value;
    }

    void set(MetaField<?> field, @Nullable Object value) {
      expand()[Values.position(field)] = value;
      touch();
    }

    Items items(MetaField<?> field) {
      return (Items) Objects.requireNonNull(slot(field));
    }

    void touch() {
      for (Node node = this; node != null && !node.dirty; node = node.parent) {
        node.dirty = true;
      }
    }

    Object build() {
      @Nullable Object[] values = fields;
      if (!dirty || values == null) {
        return original;
      }
      @Nullable Object[] built = new Object[values.length];
      for (int f = 0; f < values.length; f++) {
        Object value = values[f];
        if (value instanceof Node node) {
          built[f] = node.build();
        } else if (value instanceof Items items) {
          built[f] = items.build();
        } else if (value instanceof TreeMap<?, ?> map) {
          built[f] = ImmutableSortedMap.copyOfSorted(map);
        } else if (value instanceof List<?> list) {
          built[f] = list; // never made editable: unchanged
        } else {
          built[f] = value;
        }
      }
      return Values.create(type, field -> built[Values.position(field)]);
    }
  }

  static MetaType<?> nested(MetaField<?> field) {
    return field.itemType().orElseThrow();
  }

  /** A list being edited: a doubly linked list of items, with its live items and tombstones. */
  static final class Items {
    final Node owner;
    final MetaField<?> field;
    final Item head = new Item(null, Key.none(), null, 0);
    final Map<Key, Item> live = new HashMap<>();
    final Map<Key, Item> dead = new HashMap<>();

    /** Items taken out to be moved, still found by key for the changes inside them. */
    final Map<Key, Item> moving = new HashMap<>();

    Items(Node owner, MetaField<?> field, List<?> values) {
      this.owner = owner;
      this.field = field;
      Key[] keys = Values.keys(field, values);
      Item last = head;
      for (int i = 0; i < keys.length; i++) {
        Item item = new Item(this, keys[i], values.get(i), 0);
        last.next = item;
        item.previous = last;
        last = item;
        live.put(keys[i], item);
      }
    }

    ImmutableList<Object> build() {
      ImmutableList.Builder<Object> built = ImmutableList.builderWithExpectedSize(live.size());
      for (Item item = head.next; item != null; item = item.next) {
        if (!item.tombstone) {
          built.add(item.node == null ? Objects.requireNonNull(item.value) : item.node.build());
        }
      }
      return built.build();
    }
  }

  /** One item of a list, or a tombstone where an item was. */
  static final class Item {
    @Nullable Items list;
    final Key key;
    final @Nullable Object value;
    @Nullable Node node;
    @Nullable Item previous;
    @Nullable Item next;
    boolean tombstone;
    int batch;

    Item(@Nullable Items list, Key key, @Nullable Object value, int batch) {
      this.list = list;
      this.key = key;
      this.value = value;
      this.batch = batch;
    }

    /** The node of an item of a list of nested values, created on first use. */
    Node node() {
      Node n = node;
      if (n == null) {
        Items items = Objects.requireNonNull(list);
        n = new Node(nested(items.field), Objects.requireNonNull(value), items.owner);
        node = n;
      }
      return n;
    }

    /** Takes the item out of its list, leaving a tombstone in its place. */
    void detach() {
      Items items = Objects.requireNonNull(list);
      Item tomb = new Item(items, key, null, 0);
      tomb.tombstone = true;
      Item before = Objects.requireNonNull(previous);
      tomb.previous = before;
      tomb.next = next;
      before.next = tomb;
      if (next != null) {
        next.previous = tomb;
      }
      previous = null;
      next = null;
      items.live.remove(key);
      items.dead.put(key, tomb);
      items.owner.touch();
    }

    /** Links the item into a list right after {@code anchor}. */
    void insertAfter(Items items, Item anchor, int batch) {
      if (list != null) {
        list.moving.remove(key);
      }
      this.list = items;
      this.batch = batch;
      if (node != null) {
        node.parent = items.owner;
      }
      next = anchor.next;
      previous = anchor;
      if (anchor.next != null) {
        anchor.next.previous = this;
      }
      anchor.next = this;
      items.live.put(key, this);
      items.owner.touch();
    }
  }

  static @Nullable Item nth(Items items, int index) {
    int i = 0;
    for (Item item = items.head.next; item != null; item = item.next) {
      if (!item.tombstone && i++ == index) {
        return item;
      }
    }
    return null;
  }

  static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
