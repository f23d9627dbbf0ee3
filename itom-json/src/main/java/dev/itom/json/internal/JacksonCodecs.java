package dev.itom.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.itom.model.OperatingModel;

/**
 * Puts the serializers and the deserializer of the {@code itom/1} format into a Jackson 2 module.
 */
public final class JacksonCodecs {
  private JacksonCodecs() {}

  /**
   * Adds a serializer for every type of the format and the deserializer of a model to {@code
   * module}.
   *
   * @param module the module
   * @throws NullPointerException if {@code module} is null
   */
  public static void register(SimpleModule module) {
    for (Part<?> part : Part.ALL) {
      add(module, part);
    }
    module.addDeserializer(OperatingModel.class, OperatingModelDeserializer.INSTANCE);
  }

  private static <T> void add(SimpleModule module, Part<T> part) {
    module.addSerializer(part.type(), new PartSerializer<>(part));
  }
}
