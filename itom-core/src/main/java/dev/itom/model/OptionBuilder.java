package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fluent builder of one {@link Option} of an offering, obtained inside {@link
 * OfferingBuilder#option(String, String, java.util.function.Consumer)}: its price, lead time and
 * service levels, like an entry of a service catalog.
 *
 * @since 0.1
 */
public final class OptionBuilder extends DetailsBuilder<OptionBuilder> {
  private final String name;
  private @Nullable Pricing pricing;
  private @Nullable String leadTime;
  private final List<ServiceLevel> serviceLevels = new ArrayList<>();

  OptionBuilder(String id, String name) {
    super(id);
    this.name = checkNotNull(name, "name");
  }

  @Override
  OptionBuilder self() {
    return this;
  }

  @Override
  String noun() {
    return "option";
  }

  /**
   * Sets the price of the option.
   *
   * @param pricing the pricing
   * @return this builder
   * @throws NullPointerException if {@code pricing} is null
   * @throws IllegalStateException if a pricing was already set
   */
  public OptionBuilder pricing(Pricing pricing) {
    checkNotNull(pricing, "pricing");
    checkState(
        this.pricing == null,
        "option \"%s\" already has a pricing; an option has one price: call pricing(...) once, or"
            + " declare another option for another price",
        id);
    this.pricing = pricing;
    return this;
  }

  /**
   * Sets a price with an amount in a currency per a unit.
   *
   * @param model the pricing model
   * @param amount the amount as a decimal, for example {@code "4.00"} (the scale is kept)
   * @param currency the ISO 4217 code, for example {@code EUR}
   * @param unit what the amount is per, for example {@code user/month}
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws NumberFormatException if {@code amount} is not a decimal
   * @throws IllegalStateException if a pricing was already set
   */
  public OptionBuilder pricing(PricingModel model, String amount, String currency, String unit) {
    return pricing(OfferingBuilder.price(model, amount, currency, unit));
  }

  /**
   * Makes the option free of charge ({@link PricingModel#FREE}, no amount).
   *
   * @return this builder
   * @throws IllegalStateException if a pricing was already set
   */
  public OptionBuilder free() {
    return pricing(Pricing.of(PricingModel.FREE));
  }

  /**
   * Sets the lead time, the commitment from order to fulfilment; whole days are written {@code PnD}
   * ({@code Duration.ofDays(1)} is {@code P1D}), anything else as {@link Duration#toString()}
   * ({@code PT4H}).
   *
   * @param leadTime the lead time, zero or more
   * @return this builder
   * @throws NullPointerException if {@code leadTime} is null
   * @throws IllegalArgumentException if {@code leadTime} is negative
   * @throws IllegalStateException if a lead time was already set
   */
  public OptionBuilder leadTime(Duration leadTime) {
    return leadTime(LeadTimes.format(checkNotNull(leadTime, "leadTime")));
  }

  /**
   * Sets the lead time as an ISO 8601 duration, kept as written, such as {@code P5D} or {@code
   * P1M}; the model checks that it is well formed and not negative.
   *
   * @param leadTime the lead time
   * @return this builder
   * @throws NullPointerException if {@code leadTime} is null
   * @throws IllegalStateException if a lead time was already set
   */
  public OptionBuilder leadTime(String leadTime) {
    checkNotNull(leadTime, "leadTime");
    checkState(
        this.leadTime == null,
        "option \"%s\" already has the lead time %s; call leadTime(...) once",
        id,
        this.leadTime);
    this.leadTime = leadTime;
    return this;
  }

  /**
   * Adds a service level the option promises.
   *
   * @param name what is promised, for example {@code availability}
   * @param target the target as a decimal, for example {@code "99.9"} (the scale is kept)
   * @param unit the unit of the target, for example {@code %}
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws NumberFormatException if {@code target} is not a decimal
   */
  public OptionBuilder serviceLevel(String name, String target, String unit) {
    checkNotNull(name, "name");
    checkNotNull(target, "target");
    checkNotNull(unit, "unit");
    serviceLevels.add(ServiceLevel.of(name, new BigDecimal(target), unit));
    return this;
  }

  /**
   * Adds a service level the option promises.
   *
   * @param serviceLevel the service level
   * @return this builder
   * @throws NullPointerException if {@code serviceLevel} is null
   */
  public OptionBuilder serviceLevel(ServiceLevel serviceLevel) {
    serviceLevels.add(checkNotNull(serviceLevel, "serviceLevel"));
    return this;
  }

  Option build() {
    return ModelElements.INSTANCE.option(
        id, name, description, properties(), pricing, leadTime, serviceLevels);
  }
}
