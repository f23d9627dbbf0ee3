package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.internal.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the value shapes the element readers share, each in one place: strings, decimals, enum
 * spellings, lists of strings (questions and references to ids), properties, lists of nested
 * objects and the fields every element has. Each reads the current field's value from a {@link
 * Cursor} and reports what is wrong with it there; none allocates more than the value it returns.
 */
final class Values {
  private Values() {}

  /**
   * The largest scale (digits after the point) and negative scale (zeros before it) of a decimal: a
   * plain form of at most about a thousand digits, like Jackson's limit of number length.
   */
  private static final int MAX_DECIMAL_SCALE = 1_000;

  /** Reads one nested object of a list; null after a problem. */
  @FunctionalInterface
  interface ItemReader<T> {
    @Nullable T read(Cursor c, int row) throws IOException;
  }

  /** Reads the current value as a string; null (after a problem) if it is not one. */
  static @Nullable String string(Cursor c, int field, boolean optional) throws IOException {
    if (c.parser().currentToken() == JsonToken.VALUE_STRING) {
      return c.text();
    }
    c.wrongType(c.valueRow(), Fields.NAMES[field], "a string", optional);
    return null;
  }

  /** Reads the current value as a decimal; null (after a problem) if it is not a usable one. */
  static @Nullable BigDecimal decimal(Cursor c, int field) throws IOException {
    JsonParser p = c.parser();
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value;
      try {
        value = p.getDecimalValue();
      } catch (NumberFormatException | ArithmeticException e) {
        // Jackson cannot hold the exponent (such as 1e99999999999999999999) in a BigDecimal
        value = null;
      }
      if (value == null || Math.abs((long) value.scale()) > MAX_DECIMAL_SCALE) {
        // a plain form of over a thousand digits (1E+2147483647) costs gigabytes to print
        c.problem(
            c.valueRow(),
            ProblemCodes.BAD_DECIMAL,
            Texts.quote(Fields.NAMES[field])
                + " is "
                + Texts.quote(p.getText())
                + ", whose exponent is out of range; write a decimal with at most "
                + MAX_DECIMAL_SCALE
                + " digits before or after the point");
        return null;
      }
      return value;
    }
    c.wrongType(c.valueRow(), Fields.NAMES[field], "a number", true);
    return null;
  }

  /** Reads the current value as the spelling of an enum constant; null after a problem. */
  static <E extends Enum<E>> @Nullable E enumValue(Cursor c, int field, EnumCodes<E> codes)
      throws IOException {
    JsonParser p = c.parser();
    int row = c.valueRow();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      c.wrongType(row, Fields.NAMES[field], "one of: " + codes.allowed(), false);
      return null;
    }
    E value = codes.match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (value == null) {
      c.problem(
          row,
          ProblemCodes.BAD_ENUM,
          Texts.quote(Fields.NAMES[field])
              + " is "
              + Texts.quote(p.getText())
              + ", which is not allowed; use one of: "
              + codes.allowed());
    }
    return value;
  }

  /**
   * Reads an array of strings (questions, or references to ids), skipping each item that is not a
   * string after a problem. The items are gathered in the cursor's {@linkplain Cursor#strings()
   * reused list} and copied once, into the exactly sized list returned.
   */
  static ImmutableList<String> strings(Cursor c, int field) throws IOException {
    List<String> out = c.strings();
    out.clear();
    int array = c.beginArray(field, "strings");
    if (array < 0) {
      return ImmutableList.of();
    }
    JsonParser p = c.parser();
    for (int index = 0; c.nextItem(array, index); index++) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        out.add(c.text());
      } else {
        c.wrongType(c.itemRow(), null, "a string in " + Texts.quote(Fields.NAMES[field]), false);
      }
    }
    c.endArray(array);
    return ImmutableList.copyOf(out);
  }

  /** Reads an array of nested objects, leaving out each that has a problem. */
  static <T> ImmutableList<T> list(Cursor c, int field, String items, ItemReader<T> reader)
      throws IOException {
    int array = c.beginArray(field, items);
    if (array < 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (int index = 0; c.nextItem(array, index); index++) {
      T item = reader.read(c, c.itemRow());
      if (item != null) {
        out.add(item);
      }
    }
    c.endArray(array);
    return out.build();
  }

  /**
   * Reads the current value as an object of string properties, in key order; null if it is not an
   * object. The entries are gathered in the cursor's {@linkplain Cursor#properties() reused map}
   * and copied once, into the map returned.
   */
  static @Nullable ImmutableSortedMap<String, String> properties(Cursor c) throws IOException {
    JsonParser p = c.parser();
    int object = c.valueRow();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      c.wrongType(object, "properties", "an object of strings", true);
      return null;
    }
    int maxStringLength = c.maxStringLength();
    SortedMap<String, String> out = c.properties();
    out.clear();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      int row = c.keyRow(object, key);
      c.at(row);
      if (key.length() > maxStringLength) {
        c.problem(
            row,
            ProblemCodes.TOO_LARGE,
            "a key is longer than the reader's limit of " + maxStringLength + " characters");
      }
      if (out.containsKey(key)) {
        c.problem(
            row,
            ProblemCodes.DUPLICATE_KEY,
            "duplicate property "
                + Texts.quote(key)
                + "; a key appears at most once in an object, remove one");
        p.skipChildren();
      } else if (p.currentToken() == JsonToken.VALUE_STRING) {
        out.put(key, c.text());
      } else {
        c.wrongType(row, key, "a string (property values are strings)", true);
      }
    }
    c.at(object);
    return out.isEmpty() ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOfSorted(out);
  }

  /** Returns the properties read, or an empty map if there were none. */
  static ImmutableSortedMap<String, String> orEmpty(
      @Nullable ImmutableSortedMap<String, String> properties) {
    return properties == null ? ImmutableSortedMap.of() : properties;
  }
}
