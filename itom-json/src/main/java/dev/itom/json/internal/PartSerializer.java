package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The stateless Jackson 2 serializer of one {@link Part} of the format. The instances are created
 * once per part and shared by every mapper.
 *
 * @param <T> the type written
 */
final class PartSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Part<T> part;

  PartSerializer(Part<T> part) {
    super(part.type());
    this.part = part;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    part.write(gen, value);
  }
}
