package dev.itom.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.internal.Texts;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Any model value as the JSON tree {@code itom/1} writes for it, and back, through the metamodel:
 * each field under its {@code itom/1} name in the metamodel's order (which is the canonical order),
 * codes for enum constants, absent values and empty lists and maps left out. Used for the values
 * inside diff documents and JSON Patches, so that they read exactly like the model file.
 */
public final class MetaJson {
  /** Nodes that keep a decimal's scale, as the canonical writer does. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MetaJson() {}

  /**
   * Returns a value of a type as a JSON object.
   *
   * @param type the value's type
   * @param value the value
   * @return the object, fields in canonical order
   */
  public static ObjectNode object(MetaType<?> type, Object value) {
    ObjectNode node = NODES.objectNode();
    for (MetaField<?> field : type.fields()) {
      JsonNode json = field(field, get(field, value));
      if (json != null) {
        node.set(field.name(), json);
      }
    }
    return node;
  }

  /**
   * Returns a field's value as JSON.
   *
   * @param field the field
   * @param value the value as {@link MetaField#get} returns it, null when absent
   * @return the JSON, or null when the value is absent or an empty list or map
   */
  public static @Nullable JsonNode field(MetaField<?> field, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    return switch (field.type()) {
      case ID, TEXT, REFERENCE -> NODES.textNode((String) value);
      case DECIMAL -> NODES.numberNode((BigDecimal) value);
      case ENUM -> NODES.textNode(code(field, value));
      case MAP -> {
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.isEmpty()) {
          yield null;
        }
        ObjectNode node = NODES.objectNode();
        map.forEach((k, v) -> node.put((String) k, (String) v));
        yield node;
      }
      case OBJECT -> object(field.itemType().orElseThrow(), value);
      case TEXTS, REFERENCES, OBJECTS -> {
        List<?> items = (List<?>) value;
        if (items.isEmpty()) {
          yield null;
        }
        ArrayNode array = NODES.arrayNode(items.size());
        for (Object item : items) {
          array.add(item(field, item));
        }
        yield array;
      }
    };
  }

  private static String code(MetaField<?> field, Object constant) {
    Object[] constants = field.enumType().orElseThrow().getEnumConstants();
    return field.enumCodes().get(Arrays.asList(constants).indexOf(constant));
  }

  /**
   * Returns one item of a list field as JSON.
   *
   * @param list the list field
   * @param item the item
   * @return a string for a list of texts or ids, an object for a list of values
   */
  public static JsonNode item(MetaField<?> list, Object item) {
    return list.type() == FieldType.OBJECTS
        ? object(list.itemType().orElseThrow(), item)
        : NODES.textNode((String) item);
  }

  /**
   * Returns one identifying value (of a key) as JSON: a code for an enum constant, else the string.
   *
   * @param field the identity field it is a value of, or null for the item of a list of strings
   * @param value the value
   * @return the JSON string
   */
  public static JsonNode keyValue(@Nullable MetaField<?> field, Object value) {
    if (field != null && field.type() == FieldType.ENUM) {
      return NODES.textNode(code(field, value));
    }
    return NODES.textNode((String) value);
  }

  /**
   * Reads one identifying value of a key.
   *
   * @param field the identity field, or null for the item of a list of strings
   * @param node the JSON
   * @param pointer where the JSON is, for the message
   * @return the value
   * @throws DiffFormatError if the JSON is not such a value
   */
  public static Object readKeyValue(@Nullable MetaField<?> field, JsonNode node, String pointer) {
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
  public static Object readObject(MetaType<?> type, JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw new DiffFormatError(pointer, "expected an object of kind " + type.name());
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (type.field(name).isEmpty()) {
        throw new DiffFormatError(
            pointer + "/" + Texts.escapeToken(name),
            "unknown field " + Texts.quote(name) + " of kind " + type.name());
      }
    }
    Function<MetaField<?>, @Nullable Object> values =
        field -> {
          JsonNode value = node.get(field.name());
          String at = pointer + "/" + field.name();
          if (value == null || value.isNull()) {
            if (field.required()) {
              throw new DiffFormatError(at, "the required field " + field.name() + " is missing");
            }
            return empty(field);
          }
          return readField(field, value, at);
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
   * @param node the JSON, not null
   * @param pointer where it is
   * @return the value as {@link MetaField#get} returns it
   * @throws DiffFormatError if the JSON is not a value of the field
   */
  public static Object readField(MetaField<?> field, JsonNode node, String pointer) {
    return switch (field.type()) {
      case ID, TEXT, REFERENCE -> text(node, pointer);
      case DECIMAL -> {
        if (!node.isNumber()) {
          throw new DiffFormatError(pointer, "expected a number for " + field.name());
        }
        yield node.decimalValue();
      }
      case ENUM -> constant(field, text(node, pointer), pointer);
      case MAP -> {
        if (!node.isObject()) {
          throw new DiffFormatError(pointer, "expected an object of strings");
        }
        ImmutableSortedMap.Builder<String, String> map = ImmutableSortedMap.naturalOrder();
        node.properties()
            .forEach(
                e ->
                    map.put(
                        e.getKey(),
                        text(e.getValue(), pointer + "/" + Texts.escapeToken(e.getKey()))));
        yield map.buildOrThrow();
      }
      case OBJECT -> readObject(field.itemType().orElseThrow(), node, pointer);
      case TEXTS, REFERENCES, OBJECTS -> {
        if (!node.isArray()) {
          throw new DiffFormatError(pointer, "expected an array for " + field.name());
        }
        ImmutableList.Builder<Object> items = ImmutableList.builder();
        for (int i = 0; i < node.size(); i++) {
          items.add(readItem(field, node.get(i), pointer + "/" + i));
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
  public static Object readItem(MetaField<?> list, JsonNode node, String pointer) {
    return list.type() == FieldType.OBJECTS
        ? readObject(list.itemType().orElseThrow(), node, pointer)
        : text(node, pointer);
  }

  private static @Nullable Object empty(MetaField<?> field) {
    return switch (field.type()) {
      case TEXTS, REFERENCES, OBJECTS -> ImmutableList.of();
      case MAP -> ImmutableSortedMap.of();
      default -> null;
    };
  }

  private static String text(JsonNode node, String pointer) {
    if (!node.isTextual()) {
      throw new DiffFormatError(pointer, "expected a string");
    }
    return node.textValue();
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

  /** Reads a field of a value whose type is known only at run time. */
  static @Nullable Object get(MetaField<?> field, Object value) {
    return read(field, value);
  }

  private static <T> @Nullable Object read(MetaField<T> field, Object value) {
    return field.get(field.owner().javaType().cast(value));
  }

  private static <T> Object create(
      MetaType<T> type, Function<MetaField<?>, @Nullable Object> values) {
    return type.create(values);
  }
}
