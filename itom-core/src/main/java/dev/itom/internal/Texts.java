package dev.itom.internal;

import java.math.BigDecimal;

/**
 * How itom writes values into messages and JSON Pointers: one spelling for the model's invariants,
 * the rules and the JSON reader.
 */
public final class Texts {
  private static final int QUOTE_LIMIT = 80;

  private Texts() {}

  /**
   * Returns {@code text} in double quotes for a message, with quotes, backslashes and control
   * characters escaped as in JSON and anything past the first 80 characters cut to {@code ...}.
   *
   * @param text the text
   * @return {@code text} in double quotes for a message, with quotes, backslashes and control
   *     characters escaped as in JSON and anything past the first 80 characters cut to {@code ...}
   * @throws NullPointerException if {@code text} is null
   */
  public static String quote(String text) {
    int limit = Math.min(text.length(), QUOTE_LIMIT);
    StringBuilder out = new StringBuilder(limit + 5).append('"');
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > limit) {
      out.append("...");
    }
    return out.append('"').toString();
  }

  /**
   * Returns a decimal for a message, without exponent unless the plain form would be over a
   * thousand digits long (1E+999999999 stays 1E+999999999 rather than a gigabyte of zeros).
   *
   * @param value the value
   * @return a decimal for a message, without exponent unless the plain form would be over a
   *     thousand digits long (1E+999999999 stays 1E+999999999 rather than a gigabyte of zeros)
   * @throws NullPointerException if {@code value} is null
   */
  public static String plain(BigDecimal value) {
    return Math.abs((long) value.scale()) <= 1_000 ? value.toPlainString() : value.toString();
  }

  /**
   * Escapes one reference token of a JSON Pointer (RFC 6901): {@code ~} as {@code ~0}, {@code /} as
   * {@code ~1}.
   *
   * @param token the token
   * @return the value
   * @throws NullPointerException if {@code token} is null
   */
  public static String escapeToken(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the pointer for display: the whole document, the empty pointer, is shown as {@code /}.
   *
   * @param pointer the pointer
   * @return the pointer for display: the whole document, the empty pointer, is shown as {@code /}
   * @throws NullPointerException if {@code pointer} is null
   */
  public static String display(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }
}
