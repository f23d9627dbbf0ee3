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

  /**
   * Whether {@code codePoint} is white space for itom: a character that Java ({@link
   * Character#isWhitespace}, {@link Character#isSpaceChar}), Unicode (the {@code White_Space}
   * property, Python's {@code str.isspace}) or ECMAScript (the {@code \s} of a JSON Schema pattern,
   * JavaScript's {@code trim}) counts as white space: U+0009 to U+000D, U+001C to U+0020, U+0085,
   * U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF. The list
   * is fixed, whatever the Unicode version of the JDK; zero-width characters such as U+200B are not
   * white space.
   *
   * @param codePoint the character
   * @return whether the character is white space
   */
  public static boolean isSpace(int codePoint) {
    if (codePoint <= 0x20) {
      return codePoint == 0x20
          || (codePoint >= 0x09 && codePoint <= 0x0D)
          || (codePoint >= 0x1C && codePoint <= 0x1F);
    }
    return switch (codePoint) {
      case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF -> true;
      default -> codePoint >= 0x2000 && codePoint <= 0x200A;
    };
  }

  /**
   * Whether {@code text} is blank: empty or only {@linkplain #isSpace white space}. A name, a
   * property key, a question, a framework and a ref must not be blank; the schema's pattern for
   * them matches exactly the strings that are not blank.
   *
   * @param text the text
   * @return whether the text is empty or only white space
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isBlank(String text) {
    // every white space character is in the BMP, so a surrogate is never white space
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
