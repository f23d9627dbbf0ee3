package dev.itom.json.internal;

import dev.itom.model.Alternative;
import dev.itom.model.Delivery;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import dev.itom.model.Option;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.ServiceLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an offering, its pricing and its service catalog (options, service levels, alternatives).
 * Each method reads the object at the cursor's current token and returns null after a problem.
 */
final class OfferingReader {
  private OfferingReader() {}

  static @Nullable Offering offering(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.OFFERING_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    OfferingType type = null;
    String category = null;
    Delivery delivery = null;
    Lifecycle lifecycle = null;
    String owner = null;
    Pricing pricing = null;
    String valueProposition = null;
    List<Option> options = new ArrayList<>();
    List<Alternative> alternatives = new ArrayList<>();
    Offering.Builder b = Offering.builder();
    int field;
    while ((field = c.nextField()) >= 0) {
      if (e.read(c, field)) {
        continue;
      }
      switch (field) {
        case Fields.TYPE -> type = Values.enumValue(c, field, EnumCodes.OFFERING_TYPES);
        case Fields.CATEGORY -> category = Values.string(c, field, true);
        case Fields.DELIVERY -> delivery = Values.enumValue(c, field, EnumCodes.DELIVERIES);
        case Fields.LIFECYCLE -> lifecycle = Values.enumValue(c, field, EnumCodes.LIFECYCLES);
        case Fields.OWNER -> owner = Values.string(c, field, true);
        case Fields.CONSUMERS -> b.addAllConsumers(Values.strings(c, field));
        case Fields.REALIZED_BY -> b.addAllRealizedBy(Values.strings(c, field));
        case Fields.PRICING -> pricing = pricing(c, c.valueRow());
        case Fields.VALUE_PROPOSITION -> valueProposition = Values.string(c, field, true);
        case Fields.OPTIONS -> Values.list(c, field, "options", options, OfferingReader::option);
        default -> Values.list(c, field, "alternatives", alternatives, OfferingReader::alternative);
      }
    }
    if (!c.require(row, c.endObject(), Fields.OFFERING_TYPE)
        || !e.complete()
        || type == null
        || lifecycle == null) {
      return null;
    }
    return b.id(e.id())
        .name(e.name())
        .description(Optional.ofNullable(e.description()))
        .putAllProperties(e.properties())
        .type(type)
        .category(Optional.ofNullable(category))
        .delivery(Optional.ofNullable(delivery))
        .lifecycle(lifecycle)
        .owner(Optional.ofNullable(owner))
        .pricing(Optional.ofNullable(pricing))
        .valueProposition(Optional.ofNullable(valueProposition))
        .addAllOptions(options)
        .addAllAlternatives(alternatives)
        .build();
  }

  static @Nullable Option option(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.OPTION_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    Pricing pricing = null;
    String leadTime = null;
    List<ServiceLevel> levels = new ArrayList<>();
    int field;
    while ((field = c.nextField()) >= 0) {
      if (e.read(c, field)) {
        continue;
      }
      switch (field) {
        case Fields.PRICING -> pricing = pricing(c, c.valueRow());
        case Fields.LEAD_TIME -> leadTime = Values.string(c, field, true);
        default -> Values.list(c, field, "service levels", levels, OfferingReader::serviceLevel);
      }
    }
    if (!c.require(row, c.endObject(), Fields.OPTION_TYPE) || !e.complete()) {
      return null;
    }
    return Option.builder()
        .id(e.id())
        .name(e.name())
        .description(Optional.ofNullable(e.description()))
        .putAllProperties(e.properties())
        .pricing(Optional.ofNullable(pricing))
        .leadTime(Optional.ofNullable(leadTime))
        .addAllServiceLevels(levels)
        .build();
  }

  static @Nullable ServiceLevel serviceLevel(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.SERVICE_LEVEL_TYPE)) {
      return null;
    }
    String name = null;
    BigDecimal target = null;
    String unit = null;
    int field;
    while ((field = c.nextField()) >= 0) {
      switch (field) {
        case Fields.NAME -> name = Values.string(c, field, false);
        case Fields.TARGET -> target = Values.decimal(c, field);
        default -> unit = Values.string(c, field, true);
      }
    }
    if (!c.require(row, c.endObject(), Fields.SERVICE_LEVEL_TYPE)
        || name == null
        || target == null) {
      return null;
    }
    return ServiceLevel.builder().name(name).target(target).unit(Optional.ofNullable(unit)).build();
  }

  static @Nullable Alternative alternative(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.ALTERNATIVE_TYPE)) {
      return null;
    }
    String name = null;
    String description = null;
    Pricing pricing = null;
    int field;
    while ((field = c.nextField()) >= 0) {
      switch (field) {
        case Fields.NAME -> name = Values.string(c, field, false);
        case Fields.DESCRIPTION -> description = Values.string(c, field, true);
        default -> pricing = pricing(c, c.valueRow());
      }
    }
    if (!c.require(row, c.endObject(), Fields.ALTERNATIVE_TYPE) || name == null) {
      return null;
    }
    return Alternative.builder()
        .name(name)
        .description(Optional.ofNullable(description))
        .pricing(Optional.ofNullable(pricing))
        .build();
  }

  static @Nullable Pricing pricing(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.PRICING_TYPE)) {
      return null;
    }
    PricingModel model = null;
    BigDecimal amount = null;
    String currency = null;
    String unit = null;
    int field;
    while ((field = c.nextField()) >= 0) {
      switch (field) {
        case Fields.MODEL -> model = Values.enumValue(c, field, EnumCodes.PRICING_MODELS);
        case Fields.AMOUNT -> amount = Values.decimal(c, field);
        case Fields.CURRENCY -> currency = Values.string(c, field, true);
        default -> unit = Values.string(c, field, true);
      }
    }
    if (!c.require(row, c.endObject(), Fields.PRICING_TYPE) || model == null) {
      return null;
    }
    return Pricing.builder()
        .model(model)
        .amount(Optional.ofNullable(amount))
        .currency(Optional.ofNullable(currency))
        .unit(Optional.ofNullable(unit))
        .build();
  }
}
