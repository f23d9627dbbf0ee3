package dev.itom.archimate;

import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The reverse of {@link Fields}: the field values of a value from its {@code itom:} properties, by
 * the metamodel, nested parts included. A value itom cannot read (a number that is none, a code
 * that is not one of the field's) is an {@link IllegalArgumentException} naming the property.
 */
final class Values {
  private Values() {}

  /** The values read for one element: its properties by field path, in document order. */
  static final class Bag {
    final TreeMap<String, List<String>> byPath = new TreeMap<>();

    void add(String path, String value) {
      byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(value);
    }

    @Nullable String one(String path) {
      List<String> values = byPath.get(path);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    boolean has(String prefix) {
      String next = byPath.ceilingKey(prefix);
      return next != null && next.startsWith(prefix);
    }
  }

  /**
   * The value of each field of {@code type} found in {@code bag} under {@code path}; {@code others}
   * gives the fields the bag does not hold (id, name, references, nested elements).
   */
  static <T> Function<MetaField<T>, @Nullable Object> of(
      MetaType<T> type, Bag bag, String path, Function<MetaField<T>, @Nullable Object> others) {
    return field -> {
      String at = path + field.name();
      return switch (field.type()) {
        case TEXT -> {
          Object other = path.isEmpty() ? others.apply(field) : null;
          yield other != null ? other : bag.one(at);
        }
        case DECIMAL -> decimal(at, bag.one(at));
        case ENUM -> enumeration(field, at, bag.one(at));
        case TEXTS -> bag.byPath.getOrDefault(at, List.of());
        case OBJECT -> bag.has(at + ".") ? nest(field, bag, at + ".") : null;
        case OBJECTS -> {
          MetaType<?> item = field.itemType().orElseThrow();
          if (item.elementKind().isPresent() || (path.isEmpty() && type.elementKind().isEmpty())) {
            yield others.apply(field);
          }
          List<Object> items = new ArrayList<>();
          for (int i = 0; bag.has(at + "." + i + "."); i++) {
            items.add(create(item, bag, at + "." + i + "."));
          }
          yield items;
        }
        default -> others.apply(field);
      };
    };
  }

  private static Object nest(MetaField<?> field, Bag bag, String path) {
    return create(field.itemType().orElseThrow(), bag, path);
  }

  private static <T> T create(MetaType<T> type, Bag bag, String path) {
    return type.create(of(type, bag, path, f -> null));
  }

  private static @Nullable BigDecimal decimal(String path, @Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "property " + Mapping.ITOM + path + " is \"" + text + "\", not a number");
    }
  }

  private static @Nullable Object enumeration(
      MetaField<?> field, String path, @Nullable String code) {
    if (code == null) {
      return null;
    }
    int i = field.enumCodes().indexOf(code.strip());
    if (i < 0) {
      throw new IllegalArgumentException(
          "property "
              + Mapping.ITOM
              + path
              + " is \""
              + code
              + "\", not one of "
              + String.join(", ", field.enumCodes()));
    }
    return field.enumType().orElseThrow().getEnumConstants()[i];
  }
}
