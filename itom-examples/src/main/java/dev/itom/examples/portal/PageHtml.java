package dev.itom.examples.portal;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import dev.itom.rules.Finding;
import dev.itom.rules.Report;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * Writes the portal's web page. Every string of a model (names, ids, finding messages) goes through
 * the HTML escaper, in text and in attributes alike, and into URLs percent-encoded first: whatever
 * a model says stays text.
 */
final class PageHtml {
  /** The page's only stylesheet, served as {@code /portal.css}. */
  static final String STYLESHEET =
      """
      body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 80rem;
             padding: 1rem 2rem; color: #1d2430; }
      h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
      section.model { border-top: 2px solid #d6dbe3; padding: 1rem 0 2rem; }
      h2 { font-size: 1.3rem; margin: .2rem 0; }
      h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
      .meta { color: #5b6475; margin: 0 0 .8rem; }
      .map { overflow: auto; border: 1px solid #d6dbe3; max-height: 40rem; }
      .map img { display: block; }
      table { border-collapse: collapse; }
      th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #e4e8ee;
               vertical-align: top; }
      td.error { color: #a3171b; font-weight: 600; }
      td.warning { color: #8a5a00; font-weight: 600; }
      td.rule { white-space: nowrap; }
      code { font-size: .9em; }
      iframe { width: 100%; height: 20rem; border: 1px solid #d6dbe3; }
      form { margin: .4rem 0; }
      input[type=number] { width: 4rem; }
      """;

  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private PageHtml() {}

  /** What the page shows of one model: its latest version's findings and its history. */
  record ModelSection(
      ModelStore.Summary latest,
      Report report,
      List<ModelStore.Summary> history,
      int diffFrom,
      int diffTo) {}

  /** {@return the page listing these models} */
  static String render(List<ModelSection> models) {
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>itom portal</title>")
        .append("<link rel=\"stylesheet\" href=\"/portal.css\"/></head><body>\n")
        .append("<h1>Operating models</h1>\n");
    if (models.isEmpty()) {
      html.append("<p>No model yet: <code>PUT /api/models/{id}</code> stores one.</p>\n");
    } else {
      html.append("<ul class=\"index\">");
      for (ModelSection model : models) {
        html.append("<li><a href=\"#")
            .append(anchor(model.latest().modelId()))
            .append("\">")
            .append(text(model.latest().name()))
            .append("</a></li>");
      }
      html.append("</ul>\n");
    }
    for (ModelSection model : models) {
      section(html, model);
    }
    return html.append("</body></html>\n").toString();
  }

  private static void section(StringBuilder html, ModelSection model) {
    ModelStore.Summary latest = model.latest();
    String id = latest.modelId();
    String api = "/api/models/" + UriUtils.encodePathSegment(id, "UTF-8");
    html.append("<section class=\"model\" id=\"")
        .append(anchor(id))
        .append("\">\n<h2>")
        .append(text(latest.name()))
        .append("</h2>\n<p class=\"meta\">id <code>")
        .append(text(id))
        .append("</code>, version ")
        .append(latest.number())
        .append(" of ")
        .append(text(latest.created().toString()))
        .append(" · <a href=\"")
        .append(text(api))
        .append("\">JSON</a> · <a href=\"")
        .append(text(api + "/report.html"))
        .append("\">report</a> · <a href=\"")
        .append(text(api + "/findings"))
        .append("\">findings (JSON)</a></p>\n");
    html.append("<h3>Map</h3>\n<div class=\"map\"><img src=\"")
        .append(text(api + "/map.svg?version=" + latest.number()))
        .append("\" alt=\"the value-chain map of ")
        .append(text(latest.name()))
        .append("\"/></div>\n");
    findings(html, model.report());
    history(html, api, model.history());
    diff(html, id, api, model);
    html.append("</section>\n");
  }

  private static void findings(StringBuilder html, Report report) {
    html.append("<h3>Findings</h3>\n");
    if (report.findings().isEmpty()) {
      html.append("<p>No finding: every rule passed.</p>\n");
      return;
    }
    html.append("<table class=\"findings\"><thead><tr><th>severity</th><th>rule</th>")
        .append("<th>where</th><th>finding</th></tr></thead><tbody>\n");
    for (Finding finding : report.findings()) {
      String severity = finding.severity().toString().toLowerCase(java.util.Locale.ROOT);
      html.append("<tr><td class=\"")
          .append(text(severity))
          .append("\">")
          .append(text(severity))
          .append("</td><td class=\"rule\">")
          .append(text(finding.ruleId()))
          .append("</td><td><code>")
          .append(text(finding.pointer()))
          .append("</code></td><td>")
          .append(text(finding.message()))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static void history(StringBuilder html, String api, List<ModelStore.Summary> history) {
    html.append("<h3>History</h3>\n<table class=\"history\"><thead><tr><th>version</th>")
        .append("<th>stored</th><th>ETag</th><th>name</th></tr></thead><tbody>\n");
    for (ModelStore.Summary version : history) {
      html.append("<tr><td><a href=\"")
          .append(text(api + "/versions/" + version.number()))
          .append("\">")
          .append(version.number())
          .append("</a></td><td>")
          .append(text(version.created().toString()))
          .append("</td><td><code>")
          .append(text(version.etag()))
          .append("</code></td><td>")
          .append(text(version.name()))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static void diff(StringBuilder html, String id, String api, ModelSection model) {
    int last = model.latest().number();
    html.append("<h3>Diff</h3>\n");
    if (last < 2) {
      html.append("<p>One version so far: nothing to compare.</p>\n");
      return;
    }
    html.append("<form method=\"get\" action=\"/#")
        .append(anchor(id))
        .append("\"><input type=\"hidden\" name=\"model\" value=\"")
        .append(text(id))
        .append("\"/><label>from <input type=\"number\" name=\"from\" min=\"1\" max=\"")
        .append(last)
        .append("\" value=\"")
        .append(model.diffFrom())
        .append("\"/></label> <label>to <input type=\"number\" name=\"to\" min=\"1\" max=\"")
        .append(last)
        .append("\" value=\"")
        .append(model.diffTo())
        .append("\"/></label> <button type=\"submit\">Compare</button></form>\n")
        .append("<iframe sandbox=\"\" title=\"diff from version ")
        .append(model.diffFrom())
        .append(" to version ")
        .append(model.diffTo())
        .append("\" src=\"")
        .append(text(api + "/diff?from=" + model.diffFrom() + "&to=" + model.diffTo()))
        .append("\"></iframe>\n");
  }

  /** {@return the id as an element id: letters and digits kept, anything else as _XX} */
  private static String anchor(String id) {
    StringBuilder anchor = new StringBuilder("m-");
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        anchor.append(c);
      } else {
        anchor.append('_').append(Integer.toHexString(c));
      }
    }
    return anchor.toString();
  }

  private static String text(String text) {
    return ESCAPER.escape(text);
  }
}
