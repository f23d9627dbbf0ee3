package dev.itom.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.internal.Texts;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads any model value back from the JSON {@link MetaWriter} writes for it, held as a {@link
 * JsonTree}, through the metamodel: the reader of the values inside diff documents. Strict: an
 * unknown field, a missing required one or a value of the wrong kind is a {@link DiffFormatError}
 * with its JSON Pointer.
 */
final class MetaReader {
  private MetaReader() {}

  /**
   * Reads one identifying value of a key.
   *
   * @param field the identity field, or null for the item of a list of strings
   * @param node the JSON
   * @param pointer where the JSON is, for the message
   * @return the value
   * @throws DiffFormatError if the JSON is not such a value
   */
  static Object keyValue(@Nullable MetaField<?> field, Object node, String pointer) {
    String text = text(node, pointer);
    if (field != null && field.type() == FieldType.ENUM) {
      return constant(field, text, pointer);
    }
    return text;
  }

  /**
   * Reads a value of a type from a JSON object.
   *
   * @param type the type
   * @param node the object
   * @param pointer where the object is, for messages
   * @return the value
   * @throws DiffFormatError if the object has an unknown field, misses a required one, holds a
   *     value of the wrong kind, or describes a value its type refuses
   */
  static Object object(MetaType<?> type, Object node, String pointer) {
    if (!(node instanceof Map<?, ?> object)) {
      throw new DiffFormatError(pointer, "expected an object of kind " + type.name());
    }
    for (Object key : object.keySet()) {
      String name = (String) key;
      if (type.field(name).isEmpty()) {
        throw new DiffFormatError(
            pointer + "/" + Texts.escapeToken(name),
            "unknown field " + Texts.quote(name) + " of kind " + type.name());
      }
    }
    Function<MetaField<?>, @Nullable Object> values =
        field -> {
          Object value = object.get(field.name());
          String at = pointer + "/" + field.name();
          if (value == null || value == JsonTree.Null.NULL) {
            if (field.required()) {
              throw new DiffFormatError(at, "the required field " + field.name() + " is missing");
            }
            return empty(field);
          }
          return field(field, value, at);
        };
    try {
      return create(type, values);
    } catch (DiffFormatError e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DiffFormatError(pointer, "not a valid " + type.name() + ": " + e.getMessage());
    }
  }

  /**
   * Reads a field's value.
   *
   * @param field the field
   * @param node the JSON, not {@code null}
   * @param pointer where it is
   * @return the value as {@link MetaField#get} returns it
   * @throws DiffFormatError if the JSON is not a value of the field
   */
  static Object field(MetaField<?> field, Object node, String pointer) {
    return switch (field.type()) {
      case ID, TEXT, REFERENCE -> text(node, pointer);
      case DECIMAL -> {
        if (node instanceof BigInteger whole) {
          yield new BigDecimal(whole);
        }
        if (!(node instanceof BigDecimal decimal)) {
          throw new DiffFormatError(pointer, "expected a number for " + field.name());
        }
        yield decimal;
      }
      case ENUM -> constant(field, text(node, pointer), pointer);
      case MAP -> {
        if (!(node instanceof Map<?, ?> object)) {
          throw new DiffFormatError(pointer, "expected an object of strings");
        }
        ImmutableSortedMap.Builder<String, String> map = ImmutableSortedMap.naturalOrder();
        object.forEach(
            (key, value) ->
                map.put(
                    (String) key, text(value, pointer + "/" + Texts.escapeToken((String) key))));
        yield map.buildOrThrow();
      }
      case OBJECT -> object(field.itemType().orElseThrow(), node, pointer);
      case TEXTS, REFERENCES, OBJECTS -> {
        if (!(node instanceof List<?> list)) {
          throw new DiffFormatError(pointer, "expected an array for " + field.name());
        }
        ImmutableList.Builder<Object> items = ImmutableList.builder();
        for (int i = 0; i < list.size(); i++) {
          items.add(item(field, list.get(i), pointer + "/" + i));
        }
        yield items.build();
      }
    };
  }

  /**
   * Reads one item of a list field.
   *
   * @param list the list field
   * @param node the JSON
   * @param pointer where it is
   * @return the item
   * @throws DiffFormatError if the JSON is not an item of the list
   */
  static Object item(MetaField<?> list, Object node, String pointer) {
    return list.type() == FieldType.OBJECTS
        ? object(list.itemType().orElseThrow(), node, pointer)
        : text(node, pointer);
  }

  /**
   * Returns a string.
   *
   * @param node the JSON
   * @param pointer where it is
   * @return the string
   * @throws DiffFormatError if the JSON is not a string
   */
  static String text(@Nullable Object node, String pointer) {
    if (!(node instanceof String text)) {
      throw new DiffFormatError(pointer, "expected a string");
    }
    return text;
  }

  private static @Nullable Object empty(MetaField<?> field) {
    return switch (field.type()) {
      case TEXTS, REFERENCES, OBJECTS -> ImmutableList.of();
      case MAP -> ImmutableSortedMap.of();
      default -> null;
    };
  }

  private static Object constant(MetaField<?> field, String code, String pointer) {
    int index = field.enumCodes().indexOf(code);
    if (index < 0) {
      throw new DiffFormatError(
          pointer,
          "unknown code "
              + Texts.quote(code)
              + " for "
              + field.name()
              + ": expected one of "
              + String.join(", ", field.enumCodes()));
    }
    return field.enumType().orElseThrow().getEnumConstants()[index];
  }

  private static <T> Object create(
      MetaType<T> type, Function<MetaField<?>, @Nullable Object> values) {
    return type.create(values);
  }
}
