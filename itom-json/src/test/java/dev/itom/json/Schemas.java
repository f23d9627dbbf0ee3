package dev.itom.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema of itom/1, loaded once, validated with networknt. */
final class Schemas {
  private Schemas() {}

  static final String RESOURCE = "/dev/itom/json/itom-1.schema.json";

  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = ItomJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not in the jar");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /** Reads numbers exactly: a double would make 1E+1000 infinite, which the schema rejects. */
  private static final JsonMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /**
   * Validates JSON text read with exact numbers, as the format reads them.
   *
   * @throws tools.jackson.core.JacksonException if the text is not JSON
   */
  static List<Error> validateExact(String json) {
    return SCHEMA.validate(EXACT.readTree(json));
  }
}
