package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes any model value as {@code itom/1} writes it, through the metamodel, with the Jackson 2
 * streaming API: each field under its {@code itom/1} name in the metamodel's order (which is the
 * canonical order), codes for enum constants, absent values and empty lists and maps left out. Used
 * for the values inside diff documents, so that they read exactly like the model file. Needs no
 * databind; a Jackson 3 mapper's generator is written through {@link Jackson3Generator}.
 */
final class MetaWriter {
  private MetaWriter() {}

  /**
   * Writes a value of a type as a JSON object.
   *
   * @param g the generator
   * @param type the value's type
   * @param value the value
   * @throws IOException if the generator fails
   */
  static void object(JsonGenerator g, MetaType<?> type, Object value) throws IOException {
    g.writeStartObject();
    for (MetaField<?> field : type.fields()) {
      named(g, field.name(), field, get(field, value));
    }
    g.writeEndObject();
  }

  /**
   * Writes {@code "name": value} for a field's value, or nothing when {@link #isWritten} says so.
   *
   * @param g the generator, where a field name may come
   * @param name the name to write
   * @param field the field
   * @param value the value as {@link MetaField#get} returns it, null when absent
   * @throws IOException if the generator fails
   */
  static void named(JsonGenerator g, String name, MetaField<?> field, @Nullable Object value)
      throws IOException {
    if (value != null && isWritten(field, value)) {
      g.writeFieldName(name);
      field(g, field, value);
    }
  }

  /**
   * Returns whether a field's value is written: it is present and not an empty list or map.
   *
   * @param field the field
   * @param value the value as {@link MetaField#get} returns it, null when absent
   * @return true unless the value is absent or empty
   */
  static boolean isWritten(MetaField<?> field, @Nullable Object value) {
    if (value == null) {
      return false;
    }
    return switch (field.type()) {
      case MAP -> !((Map<?, ?>) value).isEmpty();
      case TEXTS, REFERENCES, OBJECTS -> !((List<?>) value).isEmpty();
      default -> true;
    };
  }

  /**
   * Writes a field's value, which {@link #isWritten} accepts.
   *
   * @param g the generator
   * @param field the field
   * @param value the value as {@link MetaField#get} returns it
   * @throws IOException if the generator fails
   */
  static void field(JsonGenerator g, MetaField<?> field, Object value) throws IOException {
    switch (field.type()) {
      case ID, TEXT, REFERENCE -> g.writeString((String) value);
      case DECIMAL -> g.writeNumber((BigDecimal) value);
      case ENUM -> g.writeString(code(field, value));
      case MAP -> {
        g.writeStartObject();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          g.writeStringField((String) entry.getKey(), (String) entry.getValue());
        }
        g.writeEndObject();
      }
      case OBJECT -> object(g, field.itemType().orElseThrow(), value);
      case TEXTS, REFERENCES, OBJECTS -> {
        g.writeStartArray();
        for (Object item : (List<?>) value) {
          item(g, field, item);
        }
        g.writeEndArray();
      }
    }
  }

  /**
   * Writes one item of a list field.
   *
   * @param g the generator
   * @param list the list field
   * @param item the item
   * @throws IOException if the generator fails
   */
  static void item(JsonGenerator g, MetaField<?> list, Object item) throws IOException {
    if (list.type() == FieldType.OBJECTS) {
      object(g, list.itemType().orElseThrow(), item);
    } else {
      g.writeString((String) item);
    }
  }

  /**
   * Writes one identifying value (of a key): a code for an enum constant, else the string.
   *
   * @param g the generator
   * @param field the identity field it is a value of, or null for the item of a list of strings
   * @param value the value
   * @throws IOException if the generator fails
   */
  static void keyValue(JsonGenerator g, @Nullable MetaField<?> field, Object value)
      throws IOException {
    g.writeString(
        field != null && field.type() == FieldType.ENUM ? code(field, value) : (String) value);
  }

  private static String code(MetaField<?> field, Object constant) {
    Object[] constants = field.enumType().orElseThrow().getEnumConstants();
    return field.enumCodes().get(Arrays.asList(constants).indexOf(constant));
  }

  /** Reads a field of a value whose type is known only at run time. */
  private static @Nullable Object get(MetaField<?> field, Object value) {
    return read(field, value);
  }

  private static <T> @Nullable Object read(MetaField<T> field, Object value) {
    return field.get(field.owner().javaType().cast(value));
  }
}
