package dev.itom.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of the {@code itom/1} JSON format: thread-safe, reusable readers and writers.
 *
 * <pre>{@code
 * OperatingModel model = ItomJson.reader().read(Path.of("model.itom.json"));
 * String json = ItomJson.writer().writeToString(model);
 * }</pre>
 *
 * <p>The default reader and writer are created once and shared; configured ones ({@code
 * reader().lenient()}, {@code writer().compact()}, ...) are cheap to create and should be kept and
 * reused too. No method builds an {@code ObjectMapper}, and none changes Jackson's global defaults.
 *
 * @since 0.1
 */
public final class ItomJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ItomJsonReader READER = ItomJsonReader.over(FACTORY);
  private static final ItomJsonWriter WRITER = ItomJsonWriter.over(FACTORY);

  /** The {@code $id} of the JSON Schema of {@code itom/1}, for {@code "$schema"} in a document. */
  public static final String SCHEMA_ID = "https://itom.dev/schema/itom-1.schema.json";

  private static final String SCHEMA_RESOURCE = "itom-1.schema.json";

  private ItomJson() {}

  /**
   * Opens the JSON Schema (draft 2020-12) of {@code itom/1}, whose {@code $id} is {@link
   * #SCHEMA_ID}, as UTF-8 bytes. It is a resource of this module, which its package does not open,
   * so this is the way to read it from another module; the caller closes the stream.
   *
   * @return a new stream over the schema
   * @throws UncheckedIOException if the resource is missing (a broken jar)
   */
  public static InputStream openSchema() {
    InputStream in = ItomJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("the resource dev/itom/json/" + SCHEMA_RESOURCE + " is missing"));
    }
    return in;
  }

  /**
   * Returns the text of the JSON Schema (draft 2020-12) of {@code itom/1}; see {@link
   * #openSchema()}.
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

  /**
   * Returns the shared strict reader with the default limits.
   *
   * @return the reader
   */
  public static ItomJsonReader reader() {
    return READER;
  }

  /**
   * Returns the shared writer of pretty, canonical JSON.
   *
   * @return the writer
   */
  public static ItomJsonWriter writer() {
    return WRITER;
  }

  /**
   * Returns a strict reader over a copy of the user's mapper's factory (so its parser features
   * apply), with this library's limits; the mapper itself is not changed. Create it once and keep
   * it.
   *
   * @param mapper the user's mapper
   * @return the reader
   * @throws NullPointerException if {@code mapper} is null
   */
  public static ItomJsonReader reader(ObjectMapper mapper) {
    return ItomJsonReader.over(checkNotNull(mapper, "mapper").getFactory());
  }

  /**
   * Returns a pretty writer over a copy of the user's mapper's factory (so its generator features,
   * such as escaping non-ASCII characters, apply); the mapper itself is not changed. Create it once
   * and keep it.
   *
   * @param mapper the user's mapper
   * @return the writer
   * @throws NullPointerException if {@code mapper} is null
   */
  public static ItomJsonWriter writer(ObjectMapper mapper) {
    return ItomJsonWriter.over(checkNotNull(mapper, "mapper").getFactory());
  }
}
