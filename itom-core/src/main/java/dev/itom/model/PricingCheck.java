package dev.itom.model;

import static dev.itom.model.InvariantCode.AMOUNT_WITHOUT_CURRENCY;
import static dev.itom.model.InvariantCode.BAD_CURRENCY;
import static dev.itom.model.InvariantCode.NEGATIVE_AMOUNT;

import dev.itom.internal.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The invariants of an offering's pricing: the amount is not negative, an amount has a currency,
 * and a currency is an ISO 4217 code (three upper-case letters).
 */
final class PricingCheck {
  private final TextCheck texts;
  private final List<Violation> found;

  PricingCheck(TextCheck texts, List<Violation> found) {
    this.texts = texts;
    this.found = found;
  }

  /** Checks the pricing of the offering at {@code loc}. */
  void pricing(Location loc, Pricing pricing) {
    pricing(loc, "/pricing", pricing);
  }

  /** Checks the pricing at {@code field} (such as {@code /pricing}) of the value at {@code loc}. */
  void pricing(Location loc, String field, Pricing pricing) {
    texts.text(loc, field + "/unit", pricing.unit());
    Optional<BigDecimal> amount = pricing.amount();
    if (amount.isPresent() && amount.get().signum() < 0) {
      found.add(
          NEGATIVE_AMOUNT.at(
              loc.at(field + "/amount"),
              "amount "
                  + Texts.plain(amount.get())
                  + " is negative; use 0 or more (0 for a free offering)"));
    }
    if (pricing.currency().isPresent()) {
      String currency = pricing.currency().get();
      if (!isCurrency(currency)) {
        found.add(
            BAD_CURRENCY.at(
                loc.at(field + "/currency"),
                "currency "
                    + Texts.quote(currency)
                    + " is not an ISO 4217 code; use three upper-case letters such as EUR or"
                    + " USD"));
      }
    } else if (amount.isPresent()) {
      found.add(
          AMOUNT_WITHOUT_CURRENCY.at(
              loc.at(field + "/currency"),
              "an amount needs a currency; add the ISO 4217 code, such as EUR or USD"));
    }
  }

  private static boolean isCurrency(String currency) {
    if (currency.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = currency.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }
}
