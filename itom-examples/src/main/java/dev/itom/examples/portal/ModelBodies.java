package dev.itom.examples.portal;

import dev.itom.json.ItomJson;
import dev.itom.json.ItomJsonException;
import dev.itom.json.ItomYaml;
import dev.itom.json.Problem;
import dev.itom.model.OperatingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a model from a request body ({@code itom/1} as JSON or YAML, at most {@code
 * itom.portal.max-body-bytes}) and writes one in either syntax. A body that is not a valid model is
 * refused with every problem the reader found: 400 if the body is not well-formed JSON or YAML, 422
 * if it is but does not hold a valid model.
 */
@Component
final class ModelBodies {
  private static final Set<String> MALFORMED =
      Set.of("syntax", "truncated", "cannot-read", "trailing-content");
  private static final List<MediaType> YAML_TYPES =
      List.of(
          Negotiation.YAML,
          MediaType.parseMediaType("application/x-yaml"),
          MediaType.parseMediaType("text/yaml"));

  private final long maxBytes;

  ModelBodies(@Value("${itom.portal.max-body-bytes}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * Reads the model of a request body.
   *
   * @throws PortalProblem 413 if the body is too large, 415 for a type other than JSON or YAML, 400
   *     or 422 if it holds no valid model
   */
  OperatingModel read(@Nullable String contentType, InputStream body) throws IOException {
    boolean yaml = isYaml(contentType);
    byte[] bytes = readBounded(body);
    try {
      return yaml ? ItomYaml.reader().read(bytes) : ItomJson.reader().read(bytes);
    } catch (ItomJsonException e) {
      boolean malformed = e.problems().stream().anyMatch(p -> MALFORMED.contains(p.code()));
      throw new PortalProblem(
              malformed ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
              "the body is not a valid itom/1 model")
          .with("problems", e.problems().stream().map(ModelBodies::problem).toList());
    }
  }

  /** {@return the canonical JSON of a model} */
  static String json(OperatingModel model) {
    return ItomJson.writer().writeToString(model);
  }

  /** {@return the model of stored canonical JSON, which was valid when it was stored} */
  static OperatingModel parse(StoredVersion version) {
    return ItomJson.reader().read(version.body());
  }

  /** {@return a stored version in the syntax of {@code type}: its JSON as stored, or YAML} */
  static byte[] render(StoredVersion version, MediaType type) {
    return type.equals(Negotiation.YAML)
        ? ItomYaml.writer().writeToBytes(parse(version))
        : version.bytes();
  }

  private static boolean isYaml(@Nullable String contentType) {
    if (contentType == null) {
      throw unsupported("none");
    }
    MediaType type;
    try {
      type = MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      throw unsupported(contentType);
    }
    if (MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardSubtype()) {
      return false;
    }
    if (YAML_TYPES.stream().anyMatch(y -> y.equalsTypeAndSubtype(type))) {
      return true;
    }
    throw unsupported(contentType);
  }

  private static PortalProblem unsupported(String contentType) {
    return new PortalProblem(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "a model is sent as application/json or application/yaml, not " + contentType)
        .header("Accept", "application/json, application/yaml");
  }

  private byte[] readBounded(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new PortalProblem(
              HttpStatus.CONTENT_TOO_LARGE,
              "the body is larger than the portal accepts (" + maxBytes + " bytes)")
          .with("maxBytes", maxBytes);
    }
    return bytes;
  }

  private static Map<String, Object> problem(Problem p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("line", p.line());
    map.put("column", p.column());
    map.put("pointer", p.pointer());
    map.put("code", p.code());
    map.put("message", p.message());
    return map;
  }

  /** {@return the bytes of a string as UTF-8} */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
