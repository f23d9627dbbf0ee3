package dev.itom.render;

import dev.itom.diff.DiffText;
import dev.itom.diff.ModelDiff;
import dev.itom.model.OperatingModel;
import dev.itom.render.DiffMarks.Mark;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the HTML report of a diff for {@link DiffRenderer}: the header with the two versions and
 * the counts, the picture of the changes, then the changes grouped by element as in the text
 * report, those that change what the model says apart from the presentational reorders. The page
 * has {@link HtmlReport}'s style sheet and Content-Security-Policy.
 */
final class DiffReport {
  private static final String CSS = HtmlReport.CSS + css();

  private final OperatingModel before;
  private final OperatingModel after;
  private final ModelDiff diff;
  private final Markup m;
  private final List<DiffText.Line> lines;

  DiffReport(OperatingModel before, OperatingModel after, ModelDiff diff, Markup m) {
    this.before = before;
    this.after = after;
    this.diff = diff;
    this.m = m;
    this.lines = DiffText.lines(diff);
  }

  private static String css() {
    StringBuilder css =
        new StringBuilder(
            ".mark{display:inline-block;border-radius:8px;padding:0 7px;margin:1px 4px 1px 0;"
                + "color:#fff;font-weight:bold;font-size:12px;white-space:nowrap}"
                + "td.what ul{padding-left:16px}.label{font-weight:bold}");
    for (Mark mark : Mark.values()) {
      css.append(".mark-").append(mark.word).append("{background:").append(mark.colour);
      css.append('}');
    }
    return css.toString();
  }

  void write() throws IOException {
    HtmlReport.openDocument(m, Text.oneLine(after.name()) + " \u2014 changes", CSS);
    header();
    m.open("section").attr("id", "map").newline();
    m.element("h2", "Value-chain map with the changes").newline();
    m.open("div").attr("class", "map").newline();
    DiffRenderer.svgInline(before, after, diff, m);
    m.newline().close().newline();
    m.close().newline();
    section(
        "changes",
        "Changes",
        "What the model says differently, grouped by element.",
        "No change to what the model says.",
        false);
    section(
        "order",
        "Presentational order",
        "Lists whose order means nothing, reordered: a patch keeps the new order, a merge never"
            + " calls it a conflict.",
        "No list was only reordered.",
        true);
    HtmlReport.closeDocument(m, "the models " + before.id() + " and " + after.id());
  }

  private void header() throws IOException {
    m.open("header").attr("data-kind", "diff").attr("data-id", after.id()).newline();
    m.element("h1", "Changes to " + after.name()).newline();
    m.open("p")
        .attr("class", "meta")
        .text("From " + MapLayout.title(before) + " to " + MapLayout.title(after) + " \u00b7 ")
        .text(DiffPanel.plural(diff.changes().size(), "change"))
        .close()
        .newline();
    Map<Mark, Integer> counts = new EnumMap<>(Mark.class);
    int reordered = 0;
    for (DiffText.Line line : lines) {
      if (line.presentational()) {
        reordered++;
      } else {
        for (Mark mark : Mark.of(line)) {
          counts.merge(mark, 1, Integer::sum);
        }
      }
    }
    m.open("p").attr("class", "counts").attr("data-kind", "counts");
    for (Mark mark : Mark.values()) {
      int count = counts.getOrDefault(mark, 0);
      m.open("span")
          .attr("class", count == 0 ? "sev sev-zero" : "mark mark-" + mark.word)
          .text(mark.glyph + " " + count + " " + mark.word)
          .close();
    }
    m.open("span").attr("class", "sev sev-zero").text("\u21c5 " + reordered + " reordered").close();
    m.close().newline();
    m.open("nav");
    m.internalLink("map", "Map");
    m.internalLink("changes", "Changes");
    m.internalLink("order", "Presentational order");
    m.close().newline();
    m.close().newline();
  }

  private void section(String id, String title, String intro, String none, boolean order)
      throws IOException {
    m.open("section").attr("id", id).newline();
    m.element("h2", title).newline();
    m.open("p").attr("class", "meta").text(intro).close().newline();
    boolean any = false;
    for (DiffText.Line line : lines) {
      if (line.presentational() != order) {
        continue;
      }
      if (!any) {
        m.open("div").attr("class", "scroll");
        m.open("table").attr("data-table", id).newline();
        m.open("thead").open("tr");
        m.element("th", "Change").element("th", "Element").element("th", "What changed");
        m.close().close().newline();
        m.open("tbody").newline();
        any = true;
      }
      row(line, order);
    }
    if (any) {
      m.close().close().close().newline();
    } else {
      m.open("p").attr("class", "none").text(none).close().newline();
    }
    m.close().newline();
  }

  private void row(DiffText.Line line, boolean order) throws IOException {
    m.open("tr").attr("data-kind", "change");
    String id = line.subject().elementId();
    if (id != null) {
      m.attr("data-id", id);
    }
    m.open("td");
    if (order) {
      m.open("span").attr("class", "sev sev-zero").text("\u21c5 reordered").close();
    } else {
      for (Mark mark : Mark.of(line)) {
        m.open("span").attr("class", "mark mark-" + mark.word).text(mark.label()).close();
      }
    }
    m.close();
    m.open("td").attr("class", "label").text(line.label()).close();
    m.open("td").attr("class", "what");
    if (line.parts().size() == 1) {
      m.text(line.parts().get(0));
    } else {
      m.open("ul");
      for (String part : line.parts()) {
        m.element("li", part);
      }
      m.close();
    }
    m.close();
    m.close().newline();
  }
}
