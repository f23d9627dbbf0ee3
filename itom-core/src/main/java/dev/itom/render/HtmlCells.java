package dev.itom.render;

import dev.itom.model.Element;
import dev.itom.model.OperatingModel;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The building blocks of the HTML report's tables: a table with its headings, the cells that name
 * an element or list several, and the note that there is nothing to show.
 */
final class HtmlCells {
  private final OperatingModel model;
  private final Markup m;

  HtmlCells(OperatingModel model, Markup m) {
    this.model = model;
    this.m = m;
  }

  /** Starts a scrollable table of {@code kind} with a row of headings, up to its body. */
  void table(String kind, String... headings) throws IOException {
    m.open("div").attr("class", "scroll");
    m.open("table").attr("data-table", kind).newline();
    m.open("thead").open("tr");
    for (String heading : headings) {
      m.element("th", heading);
    }
    m.close().close().newline();
    m.open("tbody").newline();
  }

  /** Ends what {@link #table} started. */
  void endTable() throws IOException {
    m.close().close().close().newline();
  }

  /** A paragraph saying that there is nothing to show. */
  void none(String text) throws IOException {
    m.open("p").attr("class", "none").text(text).close().newline();
  }

  /** An element's name and, set apart, its id. */
  void nameAndId(String id) throws IOException {
    m.text(name(id)).text(" ");
    m.open("span").attr("class", "id").text(id).close();
  }

  /** A cell naming one referenced element, or a dash. */
  void reference(@Nullable String id) throws IOException {
    if (id == null) {
      m.open("td").attr("class", "none").text("none").close();
    } else {
      m.element("td", name(id));
    }
  }

  /** A cell with a list, of element names ({@code references}) or of plain text. */
  void list(List<String> items, boolean references) throws IOException {
    m.open("td");
    if (items.isEmpty()) {
      m.open("span").attr("class", "none").text("\u2014").close();
    } else if (items.size() == 1) {
      m.text(references ? name(items.get(0)) : items.get(0));
    } else {
      m.open("ul");
      for (String item : items) {
        m.element("li", references ? name(item) : item);
      }
      m.close();
    }
    m.close();
  }

  /** The name of the element {@code id}, or the id if it names none. */
  String name(String id) {
    return model.element(id).map(Element::name).orElse(id);
  }
}
