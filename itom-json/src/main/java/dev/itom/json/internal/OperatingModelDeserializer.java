package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.itom.json.ItomJsonException;
import dev.itom.model.OperatingModel;
import java.io.IOException;

/**
 * The stateless Jackson deserializer of an {@code itom/1} model, for use through an {@code
 * ObjectMapper}. It reads strictly unless the mapper has {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} switched off, in which case unknown fields are
 * skipped. A document that is not a valid model fails with a {@link JsonMappingException} whose
 * cause is the {@link ItomJsonException} listing every problem.
 */
final class OperatingModelDeserializer extends StdDeserializer<OperatingModel> {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  static final OperatingModelDeserializer INSTANCE = new OperatingModelDeserializer();

  private OperatingModelDeserializer() {
    super(OperatingModel.class);
  }

  @Override
  public OperatingModel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    boolean lenient = !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      return ModelReader.readValue(p, lenient).model();
    } catch (ItomJsonException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    }
  }
}
