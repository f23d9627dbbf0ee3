package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.itom.json.ItomJsonException;
import dev.itom.model.OperatingModel;
import java.io.IOException;

/**
 * The stateless Jackson 2 deserializer of an {@code itom/1} model, for use through an {@code
 * ObjectMapper}. It reads strictly (an unknown field is a problem) whatever the mapper's {@code
 * FAIL_ON_UNKNOWN_PROPERTIES}, which Spring Boot switches off; only the {@link #LENIENT} instance,
 * which a user asks for by name, skips unknown fields. A document that is not a valid model fails
 * with a {@link JsonMappingException} whose cause is the {@link ItomJsonException} listing every
 * problem.
 */
final class OperatingModelDeserializer extends StdDeserializer<OperatingModel> {
  private static final long serialVersionUID = 1L;

  /** The strict instance. */
  static final OperatingModelDeserializer STRICT = new OperatingModelDeserializer(false);

  /** The instance that skips unknown fields. */
  static final OperatingModelDeserializer LENIENT = new OperatingModelDeserializer(true);

  private final boolean lenient;

  private OperatingModelDeserializer(boolean lenient) {
    super(OperatingModel.class);
    this.lenient = lenient;
  }

  @Override
  public OperatingModel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    try {
      return ModelReader.readValue(p, lenient).model();
    } catch (ItomJsonException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    }
  }
}
