package dev.itom.archimate;

import org.jspecify.annotations.Nullable;

/**
 * A minimal XML writer: elements, attributes and text, indented by two spaces, escaped so that a
 * parser reads back exactly the characters written (a carriage return as a character reference, as
 * a parser would turn a raw one into a line feed). Output depends on the calls alone, which keeps
 * two exports of one model byte-identical.
 */
final class Xml {
  private final StringBuilder out = new StringBuilder(1 << 16);
  private int depth;
  private boolean open;

  Xml() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Starts an element; attributes follow with {@link #attr}. */
  Xml start(String name) {
    closeStartTag();
    indent();
    out.append('<').append(name);
    open = true;
    depth++;
    return this;
  }

  Xml attr(String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    return this;
  }

  Xml attr(String name, long value) {
    return attr(name, Long.toString(value));
  }

  /** Ends the current element. */
  Xml end(String name) {
    depth--;
    if (open) {
      out.append(" />\n");
      open = false;
    } else {
      indent();
      out.append("</").append(name).append(">\n");
    }
    return this;
  }

  /** Writes {@code <name attrs>text</name>}, the language given as {@code xml:lang}. */
  Xml text(String name, String lang, String text) {
    start(name).attr("xml:lang", lang);
    out.append('>');
    open = false;
    escape(text, false);
    out.append("</").append(name).append(">\n");
    depth--;
    return this;
  }

  private void closeStartTag() {
    if (open) {
      out.append(">\n");
      open = false;
    }
  }

  private void indent() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> out.append(c);
      }
    }
  }

  /** Whether a parser can read {@code text} back: no character XML 1.0 forbids. */
  static boolean isWritable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isXmlChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isXmlChar(char c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xFFFD && c != 0xFFFE)
        || Character.isSurrogate(c);
  }

  /**
   * Replaces each character XML 1.0 forbids by U+FFFD, for the text a tool shows; {@link #quote}
   * keeps the exact text.
   */
  static String visible(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(isXmlChar(c) ? c : '\uFFFD');
    }
    return b.toString();
  }

  /** {@code text} with a backslash doubled and each forbidden character as {@code \\uXXXX}. */
  static String quote(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        b.append("\\\\");
      } else if (isXmlChar(c)) {
        b.append(c);
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  /** Reverses {@link #quote}; returns null if {@code text} is not such a quotation. */
  static @Nullable String unquote(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        b.append(c);
      } else if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
        b.append('\\');
        i++;
      } else if (i + 5 < text.length() && text.charAt(i + 1) == 'u') {
        try {
          b.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        } catch (NumberFormatException e) {
          return null;
        }
        i += 5;
      } else {
        return null;
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
