package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.itom.diff.ModelDiff;
import dev.itom.json.DiffJsonException;
import dev.itom.model.OperatingModel;
import java.io.IOException;

/**
 * Puts the serializers and the deserializers of the {@code itom/1} and {@code itom-diff/1} formats
 * into a Jackson 2 module.
 */
public final class JacksonCodecs {
  private JacksonCodecs() {}

  /**
   * Adds a serializer for every type of the formats and the deserializers of a model and of a diff
   * to {@code module}.
   *
   * @param module the module
   * @param lenient whether a model's unknown fields are skipped rather than refused (diffs are
   *     always read strictly)
   * @throws NullPointerException if {@code module} is null
   */
  public static void register(SimpleModule module, boolean lenient) {
    for (Part<?> part : Part.ALL) {
      add(module, part);
    }
    module.addDeserializer(
        OperatingModel.class,
        lenient ? OperatingModelDeserializer.LENIENT : OperatingModelDeserializer.STRICT);
    module.addDeserializer(ModelDiff.class, new DiffDeserializer());
  }

  private static <T> void add(SimpleModule module, Part<T> part) {
    module.addSerializer(part.type(), new PartSerializer<>(part));
  }

  /**
   * The stateless Jackson 2 deserializer of a diff, strict whatever the mapper's settings. A
   * document that is not a diff fails with a {@link JsonMappingException} whose cause is the {@link
   * DiffJsonException} saying where and what.
   */
  private static final class DiffDeserializer extends StdDeserializer<ModelDiff> {
    private static final long serialVersionUID = 1L;

    DiffDeserializer() {
      super(ModelDiff.class);
    }

    @Override
    public ModelDiff deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return DiffDocument.read(p);
      } catch (DiffFormatError e) {
        DiffJsonException error = e.exception();
        throw JsonMappingException.from(p, error.getMessage(), error);
      }
    }
  }
}
