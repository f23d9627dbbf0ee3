package dev.itom.render;

import com.google.common.collect.ImmutableList;
import dev.itom.internal.Texts;
import dev.itom.model.Kpi;
import java.util.ArrayList;
import java.util.List;

/** Text helpers shared by the renderers: cleaning untrusted text, measuring and wrapping it. */
final class Text {
  /** The character that replaces anything a renderer must not emit. */
  static final char REPLACEMENT = '\uFFFD';

  static final String ELLIPSIS = "\u2026";

  private Text() {}

  /**
   * Returns {@code text} with every character that XML 1.0 does not allow, every C1 control and
   * every bidirectional override replaced by U+FFFD; tab, line feed and carriage return are kept.
   */
  static String clean(String text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean ok;
      int width = 1;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
        width = ok ? 2 : 1;
      } else {
        ok = allowed(c);
      }
      if (ok) {
        if (out != null) {
          out.append(text, i, i + width);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(length).append(text, 0, i);
        }
        out.append(REPLACEMENT);
      }
      i += width - 1;
    }
    return out == null ? text : out.toString();
  }

  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    if (Character.isLowSurrogate(c)) {
      return false;
    }
    if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
      return false; // bidirectional embeddings, overrides and isolates
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }

  /** Returns {@link #clean cleaned} text on one line: runs of white space become one space. */
  static String oneLine(String text) {
    String cleaned = clean(text);
    StringBuilder out = new StringBuilder(cleaned.length());
    boolean space = false;
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns an estimate of the width of {@code text} in pixels, set in a sans-serif face at {@code
   * size} pixels, on the wide side so that wrapped text fits in a browser.
   */
  static double width(String text, double size, boolean bold) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      em += advance(text.charAt(i));
    }
    return em * size * (bold ? 1.08 : 1.0);
  }

  private static double advance(char c) {
    if (c >= 'a' && c <= 'z') {
      return switch (c) {
        case 'i', 'j', 'l' -> 0.29;
        case 'f', 't' -> 0.4;
        case 'r' -> 0.42;
        case 'm' -> 0.98;
        case 'w' -> 0.82;
        case 's', 'z', 'c' -> 0.56;
        default -> 0.63;
      };
    }
    if (c >= 'A' && c <= 'Z') {
      return switch (c) {
        case 'I', 'J' -> 0.32;
        case 'M', 'W' -> 0.98;
        default -> 0.74;
      };
    }
    if (c >= '0' && c <= '9') {
      return 0.64;
    }
    if (c == ' ') {
      return 0.32;
    }
    if (c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '!' || c == '|') {
      return 0.34;
    }
    if (c < 0x80) {
      return 0.7;
    }
    // Ideographs and other wide scripts take a full em; everything else is estimated generously.
    return Character.isIdeographic(c) || (c >= '\uAC00' && c <= '\uD7A3') ? 1.0 : 0.8;
  }

  /** A wrapped text: its lines, and whether anything was cut to fit. */
  static final class Wrapped {
    final ImmutableList<String> lines;
    final boolean shortened;

    Wrapped(ImmutableList<String> lines, boolean shortened) {
      this.lines = lines;
      this.shortened = shortened;
    }
  }

  /**
   * Wraps {@code text} (made one line first) into at most {@code maxLines} lines no wider than
   * {@code maxWidth} pixels at the given size; words too long for a line are broken, and the last
   * line ends with an ellipsis when the text does not fit.
   */
  static Wrapped wrap(String text, double maxWidth, double size, boolean bold, int maxLines) {
    String line = oneLine(text);
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean shortened = false;
    int i = 0;
    String[] words = line.isEmpty() ? new String[0] : line.split(" ");
    while (i < words.length) {
      String word = words[i];
      String candidate = current.length() == 0 ? word : current + " " + word;
      if (width(candidate, size, bold) <= maxWidth) {
        current.setLength(0);
        current.append(candidate);
        i++;
        continue;
      }
      if (current.length() > 0) {
        lines.add(current.toString());
        current.setLength(0);
      } else {
        // A single word wider than the line: break it.
        int cut = fitting(word, maxWidth, size, bold);
        lines.add(word.substring(0, cut));
        words[i] = word.substring(cut);
      }
      if (lines.size() == maxLines) {
        shortened = true;
        break;
      }
    }
    if (!shortened && current.length() > 0) {
      if (lines.size() == maxLines) {
        shortened = true;
      } else {
        lines.add(current.toString());
      }
    }
    if (shortened) {
      int last = lines.size() - 1;
      lines.set(last, withEllipsis(lines.get(last), maxWidth, size, bold));
    }
    return new Wrapped(ImmutableList.copyOf(lines), shortened);
  }

  /** Returns {@code text} on one line, cut with an ellipsis to fit {@code maxWidth}. */
  static String fit(String text, double maxWidth, double size, boolean bold) {
    String line = oneLine(text);
    if (width(line, size, bold) <= maxWidth) {
      return line;
    }
    return withEllipsis(line, maxWidth, size, bold);
  }

  private static String withEllipsis(String line, double maxWidth, double size, boolean bold) {
    String base = line;
    while (!base.isEmpty() && width(base + ELLIPSIS, size, bold) > maxWidth) {
      int end = base.length() - 1;
      if (end > 0 && Character.isLowSurrogate(base.charAt(end))) {
        end--;
      }
      base = base.substring(0, end);
    }
    return base.stripTrailing() + ELLIPSIS;
  }

  private static int fitting(String word, double maxWidth, double size, boolean bold) {
    int cut = 1;
    while (cut < word.length() && width(word.substring(0, cut + 1), size, bold) <= maxWidth) {
      cut++;
    }
    if (cut < word.length() && Character.isLowSurrogate(word.charAt(cut))) {
      cut = cut > 1 ? cut - 1 : cut + 1;
    }
    return cut;
  }

  /** Formats a coordinate with at most one decimal, the same way on every machine. */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
  }

  /** Returns a KPI on one line: its name, then baseline \u2192 target and the unit. */
  static String kpiLine(Kpi kpi) {
    String unit = kpi.unit().map(u -> u.equals("%") ? u : " " + u).orElse("");
    if (kpi.baseline().isPresent() && kpi.target().isPresent()) {
      return kpi.name()
          + ": "
          + Texts.plain(kpi.baseline().get())
          + " \u2192 "
          + Texts.plain(kpi.target().get())
          + unit;
    }
    if (kpi.target().isPresent()) {
      return kpi.name() + ": target " + Texts.plain(kpi.target().get()) + unit;
    }
    return kpi.name();
  }
}
