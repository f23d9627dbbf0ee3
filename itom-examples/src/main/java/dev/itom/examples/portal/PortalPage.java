package dev.itom.examples.portal;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web page at {@code /}: every model with its map, its findings, its history and the diff
 * between two of its versions ({@code ?model=ID&from=N&to=M}, by default the last two). Plain HTML
 * under a strict Content-Security-Policy: no script at all, one stylesheet of the portal's own.
 */
@RestController
final class PortalPage {
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final MediaType CSS =
      new MediaType(MediaType.parseMediaType("text/css"), StandardCharsets.UTF_8);

  private final ModelStore store;
  private final ModelWrites versions;

  PortalPage(ModelStore store, ModelWrites versions) {
    this.store = checkNotNull(store, "store");
    this.versions = checkNotNull(versions, "versions");
  }

  @GetMapping("/")
  ResponseEntity<String> page(
      @RequestParam(name = "model", required = false) @Nullable String model,
      @RequestParam(name = "from", required = false) @Nullable Integer from,
      @RequestParam(name = "to", required = false) @Nullable Integer to) {
    List<PageHtml.ModelSection> sections = new ArrayList<>();
    for (ModelStore.Summary summary : store.models()) {
      StoredVersion latest = versions.requireLatest(summary.modelId());
      Report report = Rules.standard().check(ModelBodies.parse(latest));
      List<ModelStore.Summary> history = store.versions(summary.modelId());
      int last = latest.number();
      boolean chosen = summary.modelId().equals(model);
      int diffTo = chosen && to != null ? clamp(to, last) : last;
      int diffFrom = chosen && from != null ? clamp(from, last) : Math.max(1, diffTo - 1);
      sections.add(new PageHtml.ModelSection(summary, report, history, diffFrom, diffTo));
    }
    return ResponseEntity.ok()
        .header(Csp.HEADER, Csp.PAGE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .contentType(HTML)
        .body(PageHtml.render(sections));
  }

  @GetMapping("/portal.css")
  ResponseEntity<String> stylesheet() {
    return ResponseEntity.ok()
        .header(Csp.HEADER, Csp.NONE)
        .header(HttpHeaders.CACHE_CONTROL, "max-age=3600")
        .contentType(CSS)
        .body(PageHtml.STYLESHEET);
  }

  private static int clamp(int number, int last) {
    return Math.max(1, Math.min(last, number));
  }
}
