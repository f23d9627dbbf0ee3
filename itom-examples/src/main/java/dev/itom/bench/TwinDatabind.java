package dev.itom.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.itom.bench.Twin.TModel;
import dev.itom.model.AlignmentKind;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Direction;
import dev.itom.model.Lifecycle;
import dev.itom.model.OfferingType;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.ValueChainKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a user would write without itom: Jackson databind over the {@link Twin} records, with the
 * enums spelled by their codes and empty or absent values left out, so it writes the same {@code
 * itom/1} shape as itom. Thread-safe.
 */
public final class TwinDatabind {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxDocumentLength(Long.MAX_VALUE).build())
                  .build())
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
          .addModule(codes())
          .build();
  private static final ObjectReader READER = MAPPER.readerFor(TModel.class);
  private static final ObjectWriter WRITER = MAPPER.writerFor(TModel.class);

  private TwinDatabind() {}

  /**
   * Writes a twin as compact UTF-8 JSON; the stream is not closed.
   *
   * @param model the twin
   * @param out the stream
   * @throws IOException if writing fails
   */
  public static void write(TModel model, OutputStream out) throws IOException {
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      WRITER.writeValue(g, model);
    }
  }

  /**
   * Reads a twin from UTF-8 JSON bytes.
   *
   * @param json the document
   * @return the twin
   * @throws IOException if the JSON is malformed or does not fit the records
   */
  public static TModel read(byte[] json) throws IOException {
    return READER.readValue(json);
  }

  private static SimpleModule codes() {
    SimpleModule module = new SimpleModule("itom-codes");
    code(module, ConsumerKind.class, ConsumerKind::code, ConsumerKind::fromCode);
    code(module, ValueChainKind.class, ValueChainKind::code, ValueChainKind::fromCode);
    code(module, ProcessCategory.class, ProcessCategory::code, ProcessCategory::fromCode);
    code(module, AlignmentKind.class, AlignmentKind::code, AlignmentKind::fromCode);
    code(module, OfferingType.class, OfferingType::code, OfferingType::fromCode);
    code(module, Delivery.class, Delivery::code, Delivery::fromCode);
    code(module, Lifecycle.class, Lifecycle::code, Lifecycle::fromCode);
    code(module, PricingModel.class, PricingModel::code, PricingModel::fromCode);
    code(module, Direction.class, Direction::code, Direction::fromCode);
    code(module, Responsibility.class, Responsibility::code, Responsibility::fromCode);
    return module;
  }

  private static <E extends Enum<E>> void code(
      SimpleModule module,
      Class<E> type,
      Function<E, String> code,
      Function<String, Optional<E>> fromCode) {
    module.addSerializer(
        type,
        new StdScalarSerializer<E>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(E value, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            g.writeString(code.apply(value));
          }
        });
    module.addDeserializer(
        type,
        new StdScalarDeserializer<E>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public E deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = p.getText();
            Optional<E> value = fromCode.apply(text);
            if (value.isEmpty()) {
              return type.cast(
                  context.handleWeirdStringValue(type, text, "not a code of %s", type));
            }
            return value.get();
          }
        });
  }
}
