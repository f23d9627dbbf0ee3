package dev.itom.json.internal;

import dev.itom.model.Stage;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a value chain and its stages. Each method reads the object at the cursor's current token
 * and returns null after a problem.
 */
final class ValueChainReader {
  private ValueChainReader() {}

  static @Nullable ValueChain chain(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.CHAIN_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    ValueChainKind kind = null;
    List<Stage> stages = null;
    int field;
    while ((field = c.nextField()) >= 0) {
      if (e.read(c, field)) {
        continue;
      }
      if (field == Fields.KIND) {
        kind = Values.enumValue(c, field, EnumCodes.CHAIN_KINDS);
      } else {
        stages = new ArrayList<>();
        Values.list(c, field, "stages", stages, ValueChainReader::stage);
      }
    }
    if (!c.require(row, c.endObject(), Fields.CHAIN_TYPE) || !e.complete() || kind == null) {
      return null;
    }
    ValueChain.Builder b = ValueChain.builder();
    if (stages != null) {
      b.addAllStages(stages);
    }
    return b.id(e.id())
        .name(e.name())
        .description(Optional.ofNullable(e.description()))
        .putAllProperties(e.properties())
        .kind(kind)
        .build();
  }

  static @Nullable Stage stage(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.STAGE_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    String owner = null;
    Stage.Builder b = Stage.builder();
    int field;
    while ((field = c.nextField()) >= 0) {
      if (e.read(c, field)) {
        continue;
      }
      switch (field) {
        case Fields.OWNER -> owner = Values.string(c, field, true);
        case Fields.QUESTIONS -> b.addAllQuestions(Values.strings(c, field));
        case Fields.CONSUMES -> b.addAllConsumes(Values.strings(c, field));
        default -> b.addAllProduces(Values.strings(c, field));
      }
    }
    if (!c.require(row, c.endObject(), Fields.STAGE_TYPE) || !e.complete()) {
      return null;
    }
    return b.id(e.id())
        .name(e.name())
        .description(Optional.ofNullable(e.description()))
        .putAllProperties(e.properties())
        .owner(Optional.ofNullable(owner))
        .build();
  }
}
