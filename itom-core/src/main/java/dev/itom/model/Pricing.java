package dev.itom.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an {@link Offering} is priced or charged back: a {@link PricingModel}, an optional amount (a
 * decimal, never negative within a model) in a currency (an ISO 4217 code of three upper-case
 * letters, required with an amount) per an optional unit.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
public abstract class Pricing {
  Pricing() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a pricing without amount, for example {@link PricingModel#FREE}.
   *
   * @param model the pricing model
   * @return the pricing
   * @throws NullPointerException if {@code model} is null
   */
  public static Pricing of(PricingModel model) {
    return builder().model(model).build();
  }

  /**
   * Returns a pricing with an amount in a currency.
   *
   * @param model the pricing model
   * @param amount the amount, kept with its scale ({@code 7.50} stays {@code 7.50})
   * @param currency the ISO 4217 currency code, for example {@code EUR}
   * @return the pricing
   * @throws NullPointerException if an argument is null
   */
  public static Pricing of(PricingModel model, BigDecimal amount, String currency) {
    return builder().model(model).amount(amount).currency(currency).build();
  }

  /**
   * Returns the pricing model.
   *
   * @return the model
   */
  public abstract PricingModel model();

  /**
   * Returns the amount, with the scale it was given.
   *
   * @return the amount, or empty
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Returns the ISO 4217 currency code of the amount.
   *
   * @return the currency, or empty
   */
  public abstract Optional<String> currency();

  /**
   * Returns what the amount is per, for example {@code user/month}.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  /**
   * Builds a {@link Pricing}; {@link #build()} requires the model.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutablePricing.Builder {
    Builder() {}
  }
}
