package dev.itom.render;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.internal.Texts;
import dev.itom.model.OperatingModel;
import dev.itom.rules.Finding;
import dev.itom.rules.Report;
import dev.itom.rules.Severity;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a self-contained HTML report of an operating model: its title, the {@linkplain SvgRenderer
 * value-chain map}, the findings of the rules, and tables of the stages (owner, questions,
 * artifacts consumed and produced), the support processes by category, the offerings (delivery,
 * consumers, pricing), the KPIs (baseline, target) and the RACI matrix (roles by chains, stages,
 * processes and offerings).
 *
 * <p>The file needs nothing else: the style sheet is inline, the map is inline SVG, there is no
 * script, no font, no image and nothing to load, and a Content-Security-Policy forbids them; the
 * only links are to the report's own sections. Every model string is escaped; the document is also
 * well-formed XML (XHTML syntax). The same model and report always give the same characters.
 *
 * <p>This class writes the document, its header, the map and the findings; the tables of the
 * model's elements are {@code ElementTables}, the RACI matrix is {@code RaciMatrix}, both built
 * from the cells of {@code HtmlCells}.
 *
 * @since 0.1
 */
public final class HtmlReport {
  /**
   * The RACI matrix scrolls in its own box, no higher than the window, with its header row and its
   * first column (the chains, stages, processes and offerings) sticky, so both stay in view however
   * many roles there are; separate borders, because collapsed ones do not stick. The first column
   * is never narrower than 16em and never breaks a word.
   */
  private static final String RACI_CSS =
      ".raci-scroll{max-height:85vh;overflow:auto}"
          + ".raci{border-collapse:separate;border-spacing:0}"
          + ".raci th,.raci td{border-width:0 1px 1px 0}"
          + ".raci tr>:first-child{border-left-width:1px}"
          + ".raci thead th{border-top-width:1px;position:sticky;top:0;z-index:2}"
          + ".raci td.name,.raci thead th:first-child{position:sticky;left:0;min-width:16em;"
          + "overflow-wrap:normal;word-break:normal;hyphens:manual}"
          + ".raci td.name{z-index:1;background:#fff}"
          + ".raci tbody tr:nth-child(even) td.name{background:#fafafa}"
          + ".raci thead th:first-child{z-index:3;vertical-align:bottom}";

  static final String CSS =
      "body{font-family:'DejaVu Sans','Liberation Sans',Arial,Helvetica,sans-serif;color:#1a1a1a;"
          + "margin:0;background:#fff;line-height:1.4;font-size:14px}header,section,footer{padding:0"
          + " 28px}header{padding-top:20px;border-bottom:1px solid"
          + " #d0d0d0}h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0"
          + " 10px;border-bottom:2px solid #e4e4e4;padding-bottom:4px}h3{font-size:15px;margin:18px"
          + " 0 6px}.meta{color:#555;margin:0 0 6px}.description{max-width:70em}nav{padding:6px 0"
          + " 12px;color:#555}nav"
          + " a{margin-right:14px;color:#00497a;text-decoration:none}.map{overflow-x:auto;border:1px"
          + " solid #e4e4e4;border-radius:6px;padding:4px}.map svg{display:block}.map"
          + " svg.fit{max-width:100%;height:auto}table{border-collapse:collapse;margin:6px 0"
          + " 14px;font-size:13px}th,td{border:1px solid #d6d6d6;padding:5px"
          + " 8px;text-align:left;vertical-align:top}"
          + "td{overflow-wrap:anywhere}th{overflow-wrap:normal}th{background:#f2f2f0}tbody"
          + " tr:nth-child(even){background:#fafafa}td"
          + " ul{margin:0;padding-left:18px}.id{font-family:'DejaVu Sans"
          + " Mono',monospace;font-size:11.5px;color:#555}"
          + ".num{text-align:right;font-variant-numeric:tabular-nums}"
          + ".none{color:#888;font-style:italic}.sev{font-weight:bold;white-space:nowrap;border-radius:3px;padding:1px"
          + " 6px}.sev-error{background:#f7d9cf;color:#8a2500;border:1px solid"
          + " #d55e00}.sev-warning{background:#fdf0c4;color:#6b5600;border:1px solid"
          + " #c9a400}.sev-info{background:#dbeaf6;color:#00497a;border:1px solid"
          + " #0072b2}.sev-zero{background:#f4f4f4;color:#666;border:1px solid #c8c8c8}.counts"
          + " span{margin-right:10px}.raci"
          + " td{text-align:center;font-weight:bold;min-width:2.2em}.raci"
          + " td.name{text-align:left;font-weight:normal}.raci tr.chain"
          + " td.name{font-weight:bold}.raci"
          + " th.role{writing-mode:vertical-rl;transform:rotate(180deg);"
          + "white-space:nowrap;vertical-align:bottom;font-size:12px}"
          + RACI_CSS
          + ".scroll{overflow-x:auto}footer{color:#777;font-size:12px;margin:30px 0"
          + " 20px;border-top:1px solid #e4e4e4;padding-top:8px}@media"
          + " print{.map{overflow:visible;border:none}.map svg{max-width:100%;height:auto}"
          + "h2{break-after:avoid}tr{break-inside:avoid}.raci-scroll{max-height:none;overflow:visible}"
          + ".raci td.name,.raci thead th{position:static}}";

  private HtmlReport() {}

  /**
   * Returns the HTML report of a model and its findings.
   *
   * @param model the model
   * @param report the findings of the rules over the model
   * @return the HTML document
   * @throws NullPointerException if an argument is null
   */
  public static String render(OperatingModel model, Report report) {
    return InMemory.render(65_536, out -> render(model, report, out));
  }

  /**
   * Writes the HTML report of a model and its findings.
   *
   * @param model the model
   * @param report the findings of the rules over the model
   * @param out where to write the document
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void render(OperatingModel model, Report report, Appendable out)
      throws IOException {
    checkNotNull(model, "model");
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    Markup m = new Markup(out, true);
    new Writer(model, report, m).write();
    m.finish();
  }

  private static final class Writer {
    private final OperatingModel model;
    private final Report report;
    private final Markup m;
    private final HtmlCells cells;
    private final ElementTables tables;

    Writer(OperatingModel model, Report report, Markup m) {
      this.model = model;
      this.report = report;
      this.m = m;
      this.cells = new HtmlCells(model, m);
      this.tables = new ElementTables(model, m, cells);
    }

    void write() throws IOException {
      openDocument(m, Text.oneLine(model.name()) + " \u2014 operating model report", CSS);
      header();
      mapSection();
      findings();
      tables.stages();
      tables.processes();
      tables.offerings();
      new CatalogSection(model, m, cells).write();
      tables.kpis();
      new RaciMatrix(model, m, cells).write();
      closeDocument(m, "the model " + model.id());
    }

    private void header() throws IOException {
      m.open("header").attr("data-kind", "model").attr("data-id", model.id()).newline();
      m.element("h1", model.name()).newline();
      m.open("p").attr("class", "meta");
      m.text(model.version().map(v -> "Version " + v + " \u00b7 ").orElse(""));
      m.text("id ").open("span").attr("class", "id").text(model.id()).close();
      m.text(
          " \u00b7 "
              + model.valueChains().size()
              + " value chains, "
              + model.stages().size()
              + " stages, "
              + model.processes().size()
              + " support processes, "
              + model.offerings().size()
              + " offerings, "
              + model.kpis().size()
              + " KPIs");
      m.close().newline();
      if (model.description().isPresent()) {
        m.open("p").attr("class", "description").text(model.description().get()).close().newline();
      }
      properties(model.properties());
      m.open("nav");
      String[][] sections = {
        {"map", "Map"},
        {"findings", "Findings"},
        {"stages", "Stages"},
        {"processes", "Processes"},
        {"offerings", "Offerings"},
        {"kpis", "KPIs"},
        {"raci", "RACI"}
      };
      for (String[] section : sections) {
        m.internalLink(section[0], section[1]);
      }
      m.close().newline();
      m.close().newline();
    }

    private void properties(Map<String, String> properties) throws IOException {
      if (properties.isEmpty()) {
        return;
      }
      m.open("table").attr("class", "properties").newline();
      m.open("tbody");
      for (Map.Entry<String, String> property : properties.entrySet()) {
        m.open("tr").element("th", property.getKey()).element("td", property.getValue()).close();
      }
      m.close().close().newline();
    }

    private void mapSection() throws IOException {
      m.open("section").attr("id", "map").newline();
      m.element("h2", "Value-chain map").newline();
      m.open("div").attr("class", "map").newline();
      SvgRenderer.renderInline(model, m);
      m.newline().close().newline();
      m.close().newline();
    }

    private void findings() throws IOException {
      m.open("section").attr("id", "findings").newline();
      m.element("h2", "Findings").newline();
      m.open("p").attr("class", "counts");
      for (Severity severity : Severity.values()) {
        int count = report.count(severity);
        m.open("span")
            .attr("class", count == 0 ? "sev sev-zero" : "sev sev-" + severity.code())
            .text(count + " " + plural(severity.code(), count))
            .close();
      }
      m.close().newline();
      if (report.findings().isEmpty()) {
        m.open("p").attr("class", "none").text("No finding: every rule passed.").close().newline();
      } else {
        cells.table("findings", "Severity", "Rule", "Element", "Where", "What to do");
        for (Finding finding : report.findings()) {
          m.open("tr").attr("data-kind", "finding").attr("data-rule", finding.ruleId());
          m.open("td")
              .open("span")
              .attr("class", "sev sev-" + finding.severity().code())
              .text(finding.severity().code())
              .close()
              .close();
          m.open("td").attr("class", "id").text(finding.ruleId()).close();
          m.open("td");
          if (finding.elementId().isPresent()) {
            cells.nameAndId(finding.elementId().get());
          } else {
            m.open("span").attr("class", "none").text("the model").close();
          }
          m.close();
          m.open("td").attr("class", "id").text(Texts.display(finding.pointer()));
          m.close();
          m.element("td", finding.message());
          m.close().newline();
        }
        cells.endTable();
      }
      m.close().newline();
    }
  }

  private static String plural(String word, int count) {
    if (count == 1) {
      return word;
    }
    return word.equals("info") ? "infos" : word + "s";
  }

  /**
   * Writes the start of a self-contained HTML page up to and including {@code <body>}: its content
   * policy (inline styles and data images only, no script), viewport, title and stylesheet. Shared
   * by the report and the diff report.
   */
  static void openDocument(Markup m, String title, String css) throws IOException {
    m.constant("<!DOCTYPE html>\n");
    m.open("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", "en").newline();
    m.open("head").newline();
    m.open("meta").attr("charset", "utf-8").close().newline();
    m.open("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        .close()
        .newline();
    m.open("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1")
        .close()
        .newline();
    m.open("meta").attr("name", "generator").attr("content", "itom").close().newline();
    m.element("title", title).newline();
    m.open("style").constant(css).close().newline();
    m.close().newline();
    m.open("body").newline();
  }

  /**
   * Writes the footer of a report, which says what it was generated {@code from} (such as {@code
   * the model acme-it}), and closes the body and the document that {@link #openDocument} opened.
   */
  static void closeDocument(Markup m, String from) throws IOException {
    m.open("footer")
        .text(
            "Generated by itom from "
                + from
                + ". This file is self-contained: it loads nothing and runs no script.")
        .close()
        .newline();
    m.close().newline();
    m.close().newline();
  }
}
