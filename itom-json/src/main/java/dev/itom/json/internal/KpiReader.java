package dev.itom.json.internal;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Direction;
import dev.itom.model.Kpi;
import dev.itom.model.access.ElementFactory;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Reads a KPI: the object at the cursor's current token, or null after a problem. */
final class KpiReader {
  private static final ElementFactory NEW = ElementFactory.get();

  private KpiReader() {}

  static @Nullable Kpi kpi(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.KPI_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    String unit = null;
    Direction direction = null;
    BigDecimal target = null;
    BigDecimal baseline = null;
    ImmutableList<String> measures = ImmutableList.of();
    int field;
    while ((field = c.nextField()) >= 0) {
      if (e.read(c, field)) {
        continue;
      }
      switch (field) {
        case Fields.UNIT -> unit = Values.string(c, field, true);
        case Fields.DIRECTION -> direction = Values.enumValue(c, field, EnumCodes.DIRECTIONS);
        case Fields.TARGET -> target = Values.decimal(c, field);
        case Fields.BASELINE -> baseline = Values.decimal(c, field);
        default -> measures = Values.strings(c, field);
      }
    }
    if (!c.require(row, c.endObject(), Fields.KPI_TYPE) || !e.complete() || direction == null) {
      return null;
    }
    return NEW.kpi(
        e.id(),
        e.name(),
        e.description(),
        e.properties(),
        unit,
        direction,
        target,
        baseline,
        measures);
  }
}
