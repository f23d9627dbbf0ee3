package dev.itom.examples.portal;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.OperatingModel;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The models and their versions over HTTP (docs/PORTAL.md): {@code PUT} with {@code If-Match} to
 * store a version, {@code GET} with {@code If-None-Match} to read one as JSON or YAML, the
 * listings, and {@code POST .../merge} to merge an edit of an older version.
 */
@RestController
@RequestMapping("/api/models")
final class ModelApi {
  private static final List<MediaType> MODEL_TYPES =
      List.of(MediaType.APPLICATION_JSON, Negotiation.YAML);

  private final ModelStore store;
  private final ModelWrites writes;
  private final ModelBodies bodies;

  ModelApi(ModelStore store, ModelWrites writes, ModelBodies bodies) {
    this.store = checkNotNull(store, "store");
    this.writes = checkNotNull(writes, "writes");
    this.bodies = checkNotNull(bodies, "bodies");
  }

  /** A model in {@code GET /api/models}. */
  record ModelEntry(String id, String name, int latestVersion, String etag, String updated) {}

  /** A version in {@code GET /api/models/{id}/versions}. */
  record VersionEntry(int number, String etag, String created) {}

  @GetMapping
  ResponseEntity<List<ModelEntry>> models() {
    List<ModelEntry> models =
        store.models().stream()
            .map(
                m ->
                    new ModelEntry(
                        m.modelId(), m.name(), m.number(), m.etag(), m.created().toString()))
            .toList();
    return ResponseEntity.ok().headers(noStore()).body(models);
  }

  @PutMapping("/{id}")
  ResponseEntity<byte[]> put(
      @PathVariable("id") String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false)
          @Nullable String contentType,
      HttpServletRequest request)
      throws IOException {
    OperatingModel model = readModel(id, contentType, request);
    ModelWrites.Written written = writes.put(id, ifMatch, model);
    StoredVersion version = written.version();
    ResponseEntity.BodyBuilder response =
        written.created()
            ? ResponseEntity.created(URI.create("/api/models/" + id))
            : ResponseEntity.ok();
    return response
        .headers(versionHeaders(version))
        .contentType(MediaType.APPLICATION_JSON)
        .body(version.bytes());
  }

  @GetMapping("/{id}")
  ResponseEntity<byte[]> get(
      @PathVariable("id") String id,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
          @Nullable String ifNoneMatch) {
    return representation(writes.requireLatest(id), accept, ifNoneMatch);
  }

  @GetMapping("/{id}/versions")
  ResponseEntity<List<VersionEntry>> versions(@PathVariable("id") String id) {
    List<VersionEntry> versions =
        store.versions(id).stream()
            .map(v -> new VersionEntry(v.number(), v.etag(), v.created().toString()))
            .toList();
    if (versions.isEmpty()) {
      throw PortalProblem.notFound("there is no model " + id);
    }
    return ResponseEntity.ok().headers(noStore()).body(versions);
  }

  @GetMapping("/{id}/versions/{number}")
  ResponseEntity<byte[]> version(
      @PathVariable("id") String id,
      @PathVariable("number") int number,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
          @Nullable String ifNoneMatch) {
    return representation(writes.requireVersion(id, number), accept, ifNoneMatch);
  }

  @PostMapping("/{id}/merge")
  ResponseEntity<byte[]> merge(
      @PathVariable("id") String id,
      @RequestParam("base") int base,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false)
          @Nullable String contentType,
      HttpServletRequest request)
      throws IOException {
    OperatingModel theirs = readModel(id, contentType, request);
    StoredVersion merged = writes.merge(id, base, theirs);
    return ResponseEntity.ok()
        .headers(versionHeaders(merged))
        .contentType(MediaType.APPLICATION_JSON)
        .body(merged.bytes());
  }

  private OperatingModel readModel(
      String id, @Nullable String contentType, HttpServletRequest request) throws IOException {
    OperatingModel model = bodies.read(contentType, request.getInputStream());
    if (!model.id().equals(id)) {
      throw PortalProblem.badRequest(
              "the model's id is \"" + model.id() + "\" but the path names \"" + id + "\"")
          .with("pointer", "/id");
    }
    return model;
  }

  private static ResponseEntity<byte[]> representation(
      StoredVersion version, @Nullable String accept, @Nullable String ifNoneMatch) {
    MediaType type = Negotiation.choose(accept, MODEL_TYPES);
    if (ifNoneMatch != null && ModelWrites.matches(ifNoneMatch, version.etag(), true)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .headers(versionHeaders(version))
          .build();
    }
    return ResponseEntity.ok()
        .headers(versionHeaders(version))
        .contentType(type)
        .body(ModelBodies.render(version, type));
  }

  /** The headers of a version: its tag, revalidation on every use, and the representations. */
  private static HttpHeaders versionHeaders(StoredVersion version) {
    HttpHeaders headers = new HttpHeaders();
    headers.setETag(version.etag());
    headers.setCacheControl("no-cache");
    headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    headers.set(Csp.HEADER, Csp.NONE);
    headers.set("Itom-Version", Integer.toString(version.number()));
    return headers;
  }

  private static HttpHeaders noStore() {
    HttpHeaders headers = new HttpHeaders();
    headers.setCacheControl("no-store");
    headers.set(Csp.HEADER, Csp.NONE);
    return headers;
  }
}
