package dev.itom.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.itom.diff.ModelDiff;
import dev.itom.diff.ModelMerge;
import dev.itom.json.internal.DiffDocument;
import dev.itom.json.internal.DiffFormatError;
import dev.itom.json.internal.MergeDocument;
import dev.itom.json.internal.MetaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code itom-diff/1} JSON document of a {@link ModelDiff} (written and read back equal) and of
 * the open conflicts of a {@link ModelMerge} (written), with its JSON Schema. Values inside the
 * document (an added stage, an old and a new pricing) are written exactly as {@code itom/1} writes
 * them. Thread-safe.
 *
 * <pre>{@code
 * String json = DiffJson.write(ModelDiff.between(before, after));
 * ModelDiff again = DiffJson.read(json);      // equals the diff
 * OperatingModel after2 = again.applyTo(before);
 * }</pre>
 *
 * @since 0.1
 */
public final class DiffJson {
  /** The {@code $id} of the JSON Schema of {@code itom-diff/1}. */
  public static final String SCHEMA_ID = "https://itom.dev/schema/itom-diff-1.schema.json";

  /** The value of {@code format} in every {@code itom-diff/1} document. */
  public static final String FORMAT = DiffDocument.FORMAT;

  private static final String SCHEMA_RESOURCE = "itom-diff-1.schema.json";

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setNodeFactory(MetaJson.NODES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private DiffJson() {}

  /**
   * Returns the document of a diff, pretty-printed, ending with a line break.
   *
   * @param diff the diff
   * @return {@code {"format": "itom-diff/1", "changes": [...]}}
   * @throws NullPointerException if {@code diff} is null
   */
  public static String write(ModelDiff diff) {
    return text(DiffDocument.write(checkNotNull(diff, "diff")));
  }

  /**
   * Returns the document of a merge's open conflicts, pretty-printed, ending with a line break.
   *
   * @param merge the merge
   * @return {@code {"format": "itom-diff/1", "clean": ..., "conflicts": [...]}}
   * @throws NullPointerException if {@code merge} is null
   */
  public static String write(ModelMerge merge) {
    return text(MergeDocument.write(checkNotNull(merge, "merge")));
  }

  /**
   * Reads a diff document.
   *
   * @param document the JSON text
   * @return the diff
   * @throws NullPointerException if {@code document} is null
   * @throws DiffJsonException if the text is not JSON or not an {@code itom-diff/1} diff
   */
  public static ModelDiff read(String document) {
    checkNotNull(document, "document");
    JsonNode root;
    try {
      root = MAPPER.readTree(document);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new DiffJsonException(
          "",
          (at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ")
              + "not JSON: "
              + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new DiffJsonException("", "the document is empty");
    }
    try {
      return DiffDocument.read(root);
    } catch (DiffFormatError e) {
      throw new DiffJsonException(e.pointer(), e.problem());
    }
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of {@code itom-diff/1}, whose {@code $id} is {@link
   * #SCHEMA_ID}, as UTF-8 bytes; the caller closes the stream.
   *
   * @return a new stream over the schema
   * @throws UncheckedIOException if the resource is missing (a broken jar)
   */
  public static InputStream openSchema() {
    InputStream in = DiffJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("the resource dev/itom/json/" + SCHEMA_RESOURCE + " is missing"));
    }
    return in;
  }

  /**
   * Returns the text of the JSON Schema of {@code itom-diff/1}; see {@link #openSchema()}.
   *
   * @return the schema as JSON text
   * @throws UncheckedIOException if the resource is missing or cannot be read
   */
  public static String schema() {
    try (InputStream in = openSchema()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
