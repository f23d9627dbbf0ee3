package dev.itom.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.itom.diff.ModelDiff;
import dev.itom.diff.ModelMerge;
import dev.itom.json.internal.DiffDocument;
import dev.itom.json.internal.DiffFormatError;
import dev.itom.json.internal.MergeDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The {@code itom-diff/1} JSON document of a {@link ModelDiff} (written and read back equal) and of
 * the open conflicts of a {@link ModelMerge} (written), with its JSON Schema. Values inside the
 * document (an added stage, an old and a new pricing) are written exactly as {@code itom/1} writes
 * them. Thread-safe. Needs only Jackson's streaming API ({@code jackson-core}), no databind;
 * through a mapper, {@link ItomModule} (Jackson 2) and {@link ItomJackson3Module} (Jackson 3) write
 * diffs, merges, conflicts and changes in this format and read diffs.
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

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Writes one document with the Jackson 2 streaming API. */
  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private DiffJson() {}

  /**
   * Returns the document of a diff, pretty-printed, ending with a line break.
   *
   * @param diff the diff
   * @return {@code {"format": "itom-diff/1", "changes": [...]}}
   * @throws NullPointerException if {@code diff} is null
   */
  public static String write(ModelDiff diff) {
    checkNotNull(diff, "diff");
    return text(g -> DiffDocument.write(g, diff));
  }

  /**
   * Returns the document of a merge's open conflicts, pretty-printed, ending with a line break.
   *
   * @param merge the merge
   * @return {@code {"format": "itom-diff/1", "clean": ..., "conflicts": [...]}}
   * @throws NullPointerException if {@code merge} is null
   */
  public static String write(ModelMerge merge) {
    checkNotNull(merge, "merge");
    return text(g -> MergeDocument.write(g, merge));
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
    try (JsonParser p = FACTORY.createParser(document)) {
      if (p.nextToken() == null) {
        throw new DiffJsonException("", "the document is empty");
      }
      ModelDiff diff = DiffDocument.read(p);
      if (p.nextToken() != null) {
        throw new DiffJsonException(
            "", at(p.currentTokenLocation()) + "text after the document's end; remove it");
      }
      return diff;
    } catch (JsonProcessingException e) {
      throw new DiffJsonException("", at(e.getLocation()) + "not JSON: " + e.getOriginalMessage());
    } catch (DiffFormatError e) {
      throw new DiffJsonException(e.pointer(), e.problem());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string is never unreadable
    }
  }

  private static String at(@Nullable JsonLocation location) {
    return location == null ? "" : location.getLineNr() + ":" + location.getColumnNr() + ": ";
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

  private static String text(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string is never unwritable
    }
    return out + "\n";
  }
}
