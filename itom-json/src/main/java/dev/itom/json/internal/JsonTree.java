package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.itom.internal.Texts;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value read whole from a Jackson 2 streaming parser into plain Java values, for the readers
 * of documents whose fields are only understood together (a diff's change names its owner, field
 * and value in any order). An object is an unmodifiable {@code Map} in document order, an array an
 * unmodifiable {@code List}, a string a {@code String}, a whole number a {@code BigInteger}, any
 * other number a {@code BigDecimal} with the scale it was written with, {@code true} and {@code
 * false} a {@code Boolean}, and {@code null} {@link Null#NULL}. A name given twice in one object is
 * refused. Needs no databind of either Jackson line: through a mapper the parser is the mapper's
 * (or a Jackson 3 parser seen as a Jackson 2 one).
 */
final class JsonTree {
  /** JSON's {@code null}, which is not Java's: a field that is {@code null} is there. */
  enum Null {
    NULL
  }

  private JsonTree() {}

  /**
   * Reads the value that starts at the parser's current token, leaving the parser on the value's
   * last token. A current field name is read as the rest of an object.
   *
   * @param p the parser, on the first token of the value
   * @param pointer where the value is, for messages
   * @return the value
   * @throws IOException if the parser fails (a syntax error, a limit, the input)
   * @throws DiffFormatError if an object names a field twice
   */
  static Object read(JsonParser p, String pointer) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.FIELD_NAME) {
      return fields(p, pointer);
    }
    if (token == null) {
      throw new DiffFormatError(pointer, "expected a value");
    }
    return value(p, token, pointer);
  }

  private static Object value(JsonParser p, JsonToken token, String pointer) throws IOException {
    return switch (token) {
      case START_OBJECT -> {
        p.nextToken();
        yield fields(p, pointer);
      }
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
          items.add(value(p, present(next, pointer), pointer + "/" + items.size()));
        }
        yield Collections.unmodifiableList(items);
      }
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getBigIntegerValue();
      case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> Null.NULL;
      default -> throw new DiffFormatError(pointer, "expected a JSON value, not " + token);
    };
  }

  /** Reads an object's fields from its first name (or its end) to its end. */
  private static Map<String, Object> fields(JsonParser p, String pointer) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (JsonToken next = present(p.currentToken(), pointer);
        next != JsonToken.END_OBJECT;
        next = present(p.nextToken(), pointer)) {
      String name = String.valueOf(p.currentName());
      String at = pointer + "/" + Texts.escapeToken(name);
      Object value = value(p, present(p.nextToken(), at), at);
      if (fields.putIfAbsent(name, value) != null) {
        throw new DiffFormatError(at, "the field " + name + " is given twice");
      }
    }
    return Collections.unmodifiableMap(fields);
  }

  private static JsonToken present(@Nullable JsonToken token, String pointer) {
    if (token == null) {
      throw new DiffFormatError(pointer, "the document ends here");
    }
    return token;
  }

  /**
   * Returns a field of an object.
   *
   * @param node any value
   * @param name the field's name
   * @return its value, null when {@code node} is not an object or has no such field
   */
  static @Nullable Object get(Object node, String name) {
    return node instanceof Map<?, ?> object ? object.get(name) : null;
  }

  /**
   * Returns whether a value is a whole number that fits in an {@code int}.
   *
   * @param node any value
   * @return true for a whole number from {@code Integer.MIN_VALUE} to {@code Integer.MAX_VALUE}
   */
  static boolean isInt(@Nullable Object node) {
    return node instanceof BigInteger number && number.bitLength() < Integer.SIZE;
  }
}
