package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import org.jspecify.annotations.Nullable;

/**
 * Fluent builder of one {@link Alternative} to an offering, obtained inside {@link
 * OfferingBuilder#alternative(String, java.util.function.Consumer)}.
 *
 * @since 0.1
 */
public final class AlternativeBuilder {
  private final String name;
  private @Nullable String description;
  private @Nullable Pricing pricing;

  AlternativeBuilder(String name) {
    this.name = checkNotNull(name, "name");
  }

  /**
   * Sets the description.
   *
   * @param description the description
   * @return this builder
   * @throws NullPointerException if {@code description} is null
   * @throws IllegalStateException if a description was already set
   */
  public AlternativeBuilder description(String description) {
    checkNotNull(description, "description");
    checkState(
        this.description == null,
        "alternative \"%s\" already has a description; call description(...) once",
        name);
    this.description = description;
    return this;
  }

  /**
   * Sets the pricing of the alternative.
   *
   * @param pricing the pricing
   * @return this builder
   * @throws NullPointerException if {@code pricing} is null
   * @throws IllegalStateException if a pricing was already set
   */
  public AlternativeBuilder pricing(Pricing pricing) {
    checkNotNull(pricing, "pricing");
    checkState(
        this.pricing == null,
        "alternative \"%s\" already has a pricing; call pricing(...) once, or add another"
            + " alternative",
        name);
    this.pricing = pricing;
    return this;
  }

  /**
   * Sets a pricing with an amount in a currency per a unit.
   *
   * @param model the pricing model
   * @param amount the amount as a decimal, for example {@code "6.00"}
   * @param currency the ISO 4217 code, for example {@code EUR}
   * @param unit what the amount is per, for example {@code user/month}
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws NumberFormatException if {@code amount} is not a decimal
   * @throws IllegalStateException if a pricing was already set
   */
  public AlternativeBuilder pricing(
      PricingModel model, String amount, String currency, String unit) {
    return pricing(OfferingBuilder.price(model, amount, currency, unit));
  }

  Alternative build() {
    Alternative.Builder builder = Alternative.builder().name(name);
    if (description != null) {
      builder.description(description);
    }
    if (pricing != null) {
      builder.pricing(pricing);
    }
    return builder.build();
  }
}
