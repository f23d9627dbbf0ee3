package dev.itom.render;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A small streaming writer of XML, SVG and XHTML-compatible HTML that escapes everything it is
 * given as text or attribute value.
 *
 * <p>Element and attribute names come from the renderers' code, never from a model, and are checked
 * against a strict pattern. Text and attribute values are {@linkplain Text#clean cleaned} and
 * escaped, so a model's strings can only ever appear as character data. There is no way to write a
 * comment, a CDATA section or a processing instruction, and text cannot be written inside {@code
 * script} or {@code style}: the only raw output is {@link #constant(String)}, which takes text
 * fixed in the code (a style sheet). The only link is {@link #internalLink}, to a section of the
 * same document named by the code.
 */
final class Markup {
  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9-]*(:[a-z][a-zA-Z0-9-]*)?");

  private static final Pattern FRAGMENT = Pattern.compile("[a-z]{1,32}");

  /** HTML elements that have no end tag. */
  private static final ImmutableSet<String> VOID =
      ImmutableSet.of("br", "col", "hr", "img", "meta", "link", "wbr", "input");

  /** Elements whose content a browser does not treat as plain text. */
  private static final ImmutableSet<String> RAW_TEXT =
      ImmutableSet.of("script", "style", "textarea", "title", "iframe", "noscript", "xmp");

  /** Attributes that take a URL or run code: never written by this writer. */
  private static final ImmutableSet<String> FORBIDDEN_ATTRIBUTES =
      ImmutableSet.of("href", "xlink:href", "src", "action", "formaction", "srcdoc", "style");

  private final Appendable out;
  private final boolean html;
  private final Deque<String> open = new ArrayDeque<>();
  private boolean tagOpen;
  private int svgDepth;

  /**
   * A writer to {@code out}; {@code html} chooses HTML end-tag rules outside of {@code svg}
   * elements (non-void elements are never self-closed).
   */
  Markup(Appendable out, boolean html) {
    this.out = out;
    this.html = html;
  }

  /** Writes fixed text from the code as is, for the document prologue and style sheets. */
  Markup constant(String fixed) throws IOException {
    closeStartTag();
    out.append(fixed);
    return this;
  }

  /** Starts an element. */
  Markup open(String name) throws IOException {
    checkArgument(NAME.matcher(name).matches(), "not an element name: %s", name);
    closeStartTag();
    out.append('<').append(name);
    open.push(name);
    tagOpen = true;
    if (name.equals("svg")) {
      svgDepth++;
    }
    return this;
  }

  /** Adds an attribute to the element just opened; the value is escaped. */
  Markup attr(String name, String value) throws IOException {
    checkArgument(NAME.matcher(name).matches(), "not an attribute name: %s", name);
    checkArgument(
        !name.startsWith("on") && !FORBIDDEN_ATTRIBUTES.contains(name),
        "the writer never writes %s attributes",
        name);
    checkState(tagOpen, "attribute %s outside of a start tag", name);
    out.append(' ').append(name).append("=\"");
    escape(Text.clean(value), true);
    out.append('"');
    return this;
  }

  /** Adds a numeric attribute. */
  Markup attr(String name, double value) throws IOException {
    return attr(name, Text.num(value));
  }

  /**
   * Writes a link to a section of the same document: {@code <a href="#fragment">text</a>}. The
   * fragment is a constant of the code, lower-case letters only; no other link can be written.
   */
  Markup internalLink(String fragment, String text) throws IOException {
    checkArgument(FRAGMENT.matcher(fragment).matches(), "not a section id: %s", fragment);
    closeStartTag();
    out.append("<a href=\"#").append(fragment).append("\">");
    open.push("a");
    text(text);
    return close();
  }

  /** Writes escaped text inside the current element. */
  Markup text(String text) throws IOException {
    checkState(!open.isEmpty(), "text outside of an element");
    String parent = open.peek();
    checkState(
        svgDepth > 0
            ? !parent.equals("script") && !parent.equals("style")
            : !RAW_TEXT.contains(parent) || parent.equals("title"),
        "model text is never written inside <%s>",
        parent);
    closeStartTag();
    escape(Text.clean(text), false);
    return this;
  }

  /** Writes an element holding only escaped text. */
  Markup element(String name, String text) throws IOException {
    return open(name).text(text).close();
  }

  /** Ends the current element. */
  Markup close() throws IOException {
    checkState(!open.isEmpty(), "no element to close");
    String name = open.pop();
    if (tagOpen) {
      tagOpen = false;
      if (!html || svgDepth > 0 || VOID.contains(name)) {
        out.append("/>");
      } else {
        out.append("></").append(name).append('>');
      }
    } else {
      out.append("</").append(name).append('>');
    }
    if (name.equals("svg")) {
      svgDepth--;
    }
    return this;
  }

  /** Writes a line break between elements (outside of text), for readable output. */
  Markup newline() throws IOException {
    closeStartTag();
    out.append('\n');
    return this;
  }

  /** Checks that every element has been closed. */
  void finish() {
    checkState(open.isEmpty(), "unclosed elements: %s", open);
  }

  private void closeStartTag() throws IOException {
    if (tagOpen) {
      out.append('>');
      tagOpen = false;
    }
  }

  private void escape(String text, boolean attribute) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> out.append(c);
      }
    }
  }
}
