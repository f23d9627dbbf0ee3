package dev.itom.json.internal;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Stage;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import dev.itom.model.access.ElementFactory;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a value chain and its stages. Each method reads the object at the cursor's current token
 * and returns null after a problem.
 */
final class ValueChainReader {
  private static final ElementFactory NEW = ElementFactory.get();

  private ValueChainReader() {}

  static @Nullable ValueChain chain(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.CHAIN_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    ValueChainKind kind = null;
    ImmutableList<Stage> stages = ImmutableList.of();
    int field;
    while ((field = c.nextField()) >= 0) {
      if (e.read(c, field)) {
        continue;
      }
      if (field == Fields.KIND) {
        kind = Values.enumValue(c, field, EnumCodes.CHAIN_KINDS);
      } else {
        stages = Values.list(c, field, "stages", ValueChainReader::stage);
      }
    }
    if (!c.require(row, c.endObject(), Fields.CHAIN_TYPE) || !e.complete() || kind == null) {
      return null;
    }
    return NEW.chain(e.id(), e.name(), e.description(), e.properties(), kind, stages);
  }

  static @Nullable Stage stage(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.STAGE_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    String owner = null;
    ImmutableList<String> questions = ImmutableList.of();
    ImmutableList<String> consumes = ImmutableList.of();
    ImmutableList<String> produces = ImmutableList.of();
    int field;
    while ((field = c.nextField()) >= 0) {
      if (e.read(c, field)) {
        continue;
      }
      switch (field) {
        case Fields.OWNER -> owner = Values.string(c, field, true);
        case Fields.QUESTIONS -> questions = Values.strings(c, field);
        case Fields.CONSUMES -> consumes = Values.strings(c, field);
        default -> produces = Values.strings(c, field);
      }
    }
    if (!c.require(row, c.endObject(), Fields.STAGE_TYPE) || !e.complete()) {
      return null;
    }
    return NEW.stage(
        e.id(), e.name(), e.description(), e.properties(), owner, questions, consumes, produces);
  }
}
