package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.itom.diff.ModelDiff;
import dev.itom.json.DiffJsonException;
import dev.itom.json.ItomJsonException;
import dev.itom.model.OperatingModel;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Puts the serializers and the deserializers of the {@code itom/1} and {@code itom-diff/1} formats
 * into a Jackson 3 module. They run the same writer and reader as the Jackson 2 module, over a
 * Jackson 3 generator or parser seen as a Jackson 2 one ({@link Jackson3Generator}, {@link
 * Jackson3Parser}).
 */
public final class Jackson3Codecs {
  private Jackson3Codecs() {}

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
    module.addDeserializer(OperatingModel.class, new ModelDeserializer(lenient));
    module.addDeserializer(ModelDiff.class, new DiffDeserializer());
  }

  private static <T> void add(SimpleModule module, Part<T> part) {
    module.addSerializer(part.type(), new PartSerializer3<>(part));
  }

  /** The stateless Jackson 3 serializer of one {@link Part}. */
  private static final class PartSerializer3<T> extends StdSerializer<T> {
    private final Part<T> part;

    PartSerializer3(Part<T> part) {
      super(part.type());
      this.part = part;
    }

    @Override
    public void serialize(T value, tools.jackson.core.JsonGenerator gen, SerializationContext ctxt)
        throws JacksonException {
      JsonGenerator g = new Jackson3Generator(gen);
      try {
        part.write(g, value);
      } catch (IOException e) {
        throw JacksonIOException.construct(e, gen);
      }
    }
  }

  /**
   * The stateless Jackson 3 deserializer of a model. It reads strictly (an unknown field is a
   * problem) whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}, which Jackson 3 and Spring
   * Boot switch off, unless it was made lenient, by a user's explicit choice. A document that is
   * not a valid model fails with a {@link DatabindException} whose cause is the {@link
   * ItomJsonException} listing every problem.
   */
  private static final class ModelDeserializer extends StdDeserializer<OperatingModel> {
    private final boolean lenient;

    ModelDeserializer(boolean lenient) {
      super(OperatingModel.class);
      this.lenient = lenient;
    }

    @Override
    public OperatingModel deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      try {
        return ModelReader.readValue(new Jackson3Parser(p), lenient).model();
      } catch (ItomJsonException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      } catch (IOException e) {
        throw JacksonIOException.construct(e, p);
      }
    }
  }

  /**
   * The stateless Jackson 3 deserializer of a diff, strict whatever the mapper's settings. A
   * document that is not a diff fails with a {@link DatabindException} whose cause is the {@link
   * DiffJsonException} saying where and what; broken JSON with the Jackson 3 parser's own
   * exception.
   */
  private static final class DiffDeserializer extends StdDeserializer<ModelDiff> {
    DiffDeserializer() {
      super(ModelDiff.class);
    }

    @Override
    public ModelDiff deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      try {
        return DiffDocument.read(new Jackson3Parser(p));
      } catch (DiffFormatError e) {
        DiffJsonException error = e.exception();
        throw DatabindException.from(p, error.getMessage(), error);
      } catch (JsonProcessingException e) {
        if (e.getCause() instanceof JacksonException original) {
          throw original;
        }
        throw DatabindException.from(p, e.getOriginalMessage(), e);
      } catch (IOException e) {
        throw JacksonIOException.construct(e, p);
      }
    }
  }
}
