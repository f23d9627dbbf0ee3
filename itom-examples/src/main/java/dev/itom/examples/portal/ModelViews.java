package dev.itom.examples.portal;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.diff.ModelDiff;
import dev.itom.json.DiffJson;
import dev.itom.json.ItomJson;
import dev.itom.model.OperatingModel;
import dev.itom.render.DiffRenderer;
import dev.itom.render.HtmlReport;
import dev.itom.render.SvgRenderer;
import dev.itom.rules.Rules;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What itom makes of a stored model, over HTTP: the diff between two versions ({@code itom-diff/1},
 * or HTML for a browser), the findings of the standard rules ({@code itom-report/1}), the SVG map
 * and the HTML report. Each is of the latest version unless {@code version=N} names another.
 */
@RestController
@RequestMapping("/api/models/{id}")
final class ModelViews {
  private static final List<MediaType> DIFF_TYPES =
      List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML);
  private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

  private final ModelWrites versions;

  ModelViews(ModelWrites versions) {
    this.versions = checkNotNull(versions, "versions");
  }

  @GetMapping("/diff")
  ResponseEntity<String> diff(
      @PathVariable("id") String id,
      @RequestParam("from") int from,
      @RequestParam("to") int to,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
    MediaType type = Negotiation.choose(accept, DIFF_TYPES);
    OperatingModel before = ModelBodies.parse(versions.requireVersion(id, from));
    OperatingModel after = ModelBodies.parse(versions.requireVersion(id, to));
    if (type.equals(MediaType.TEXT_HTML)) {
      return document(MediaType.TEXT_HTML, visualDiff(before, after));
    }
    return ResponseEntity.ok()
        .header(Csp.HEADER, Csp.NONE)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
        .contentType(MediaType.APPLICATION_JSON)
        .body(DiffJson.write(ModelDiff.between(before, after)));
  }

  /**
   * The visual diff between two versions, as a standalone HTML document: the answer to {@code
   * Accept: text/html} on {@code .../diff} and what the web page shows in its diff frame. It is
   * itom's HTML diff report ({@link DiffRenderer#html}): the newer version's map with the changes
   * marked and the removed elements ghosted, and the changes grouped by element.
   */
  static String visualDiff(OperatingModel before, OperatingModel after) {
    return DiffRenderer.html(before, after);
  }

  @GetMapping("/findings")
  ResponseEntity<String> findings(
      @PathVariable("id") String id,
      @RequestParam(name = "version", required = false) @Nullable Integer version) {
    OperatingModel model = model(id, version);
    return ResponseEntity.ok()
        .header(Csp.HEADER, Csp.NONE)
        .contentType(MediaType.APPLICATION_JSON)
        .body(ItomJson.writer().writeToString(Rules.standard().check(model)));
  }

  @GetMapping("/map.svg")
  ResponseEntity<String> map(
      @PathVariable("id") String id,
      @RequestParam(name = "version", required = false) @Nullable Integer version) {
    return document(SVG, SvgRenderer.render(model(id, version)));
  }

  @GetMapping("/report.html")
  ResponseEntity<String> report(
      @PathVariable("id") String id,
      @RequestParam(name = "version", required = false) @Nullable Integer version) {
    OperatingModel model = model(id, version);
    return document(MediaType.TEXT_HTML, HtmlReport.render(model, Rules.standard().check(model)));
  }

  private OperatingModel model(String id, @Nullable Integer version) {
    return ModelBodies.parse(
        version == null ? versions.requireLatest(id) : versions.requireVersion(id, version));
  }

  private static ResponseEntity<String> document(MediaType type, String body) {
    return ResponseEntity.ok()
        .header(Csp.HEADER, Csp.DOCUMENT)
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .contentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8))
        .body(body);
  }
}
