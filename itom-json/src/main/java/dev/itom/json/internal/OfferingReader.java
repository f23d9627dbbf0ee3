package dev.itom.json.internal;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Alternative;
import dev.itom.model.Delivery;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import dev.itom.model.Option;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.ServiceLevel;
import dev.itom.model.access.ElementFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an offering, its pricing and its service catalog (options, service levels, alternatives).
 * Each method reads the object at the cursor's current token and returns null after a problem.
 */
final class OfferingReader {
  private static final ElementFactory NEW = ElementFactory.get();

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
    ImmutableList<String> consumers = ImmutableList.of();
    ImmutableList<String> realizedBy = ImmutableList.of();
    ImmutableList<Option> options = ImmutableList.of();
    ImmutableList<Alternative> alternatives = ImmutableList.of();
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
        case Fields.CONSUMERS -> consumers = Values.strings(c, field);
        case Fields.REALIZED_BY -> realizedBy = Values.strings(c, field);
        case Fields.PRICING -> pricing = pricing(c, c.valueRow());
        case Fields.VALUE_PROPOSITION -> valueProposition = Values.string(c, field, true);
        case Fields.OPTIONS -> options = Values.list(c, field, "options", OfferingReader::option);
        default ->
            alternatives = Values.list(c, field, "alternatives", OfferingReader::alternative);
      }
    }
    if (!c.require(row, c.endObject(), Fields.OFFERING_TYPE)
        || !e.complete()
        || type == null
        || lifecycle == null) {
      return null;
    }
    return NEW.offering(
        e.id(),
        e.name(),
        e.description(),
        e.properties(),
        type,
        category,
        delivery,
        lifecycle,
        owner,
        consumers,
        realizedBy,
        pricing,
        valueProposition,
        options,
        alternatives);
  }

  static @Nullable Option option(Cursor c, int row) throws IOException {
    if (!c.beginObject(row, Fields.OPTION_TYPE)) {
      return null;
    }
    ElementFields e = new ElementFields();
    Pricing pricing = null;
    String leadTime = null;
    ImmutableList<ServiceLevel> levels = ImmutableList.of();
    int field;
    while ((field = c.nextField()) >= 0) {
      if (e.read(c, field)) {
        continue;
      }
      switch (field) {
        case Fields.PRICING -> pricing = pricing(c, c.valueRow());
        case Fields.LEAD_TIME -> leadTime = Values.string(c, field, true);
        default -> levels = Values.list(c, field, "service levels", OfferingReader::serviceLevel);
      }
    }
    if (!c.require(row, c.endObject(), Fields.OPTION_TYPE) || !e.complete()) {
      return null;
    }
    return NEW.option(e.id(), e.name(), e.description(), e.properties(), pricing, leadTime, levels);
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
