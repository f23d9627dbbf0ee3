package dev.itom.model;

import static dev.itom.model.InvariantCode.BAD_DURATION;
import static dev.itom.model.InvariantCode.BLANK_NAME;
import static dev.itom.model.InvariantCode.NEGATIVE_DURATION;
import static dev.itom.model.InvariantCode.PRICING_WITH_OPTIONS;

import dev.itom.internal.Texts;
import java.util.List;

/**
 * The invariants of an offering's service catalog: an offering has either a pricing of its own or
 * options, options are elements (ids and names as every element), lead times are well-formed,
 * non-negative ISO 8601 durations, and service levels and alternatives have names.
 */
final class CatalogCheck {
  private final TextCheck texts;
  private final PricingCheck pricing;
  private final List<Violation> found;

  CatalogCheck(TextCheck texts, PricingCheck pricing, List<Violation> found) {
    this.texts = texts;
    this.pricing = pricing;
    this.found = found;
  }

  /**
   * Checks the catalog of the offering at {@code loc}; its options are the next elements in
   * document order for {@code ids}.
   */
  void offering(Location loc, Offering offering, IdCheck ids) {
    texts.text(loc, "/valueProposition", offering.valueProposition());
    if (offering.pricing().isPresent() && !offering.options().isEmpty()) {
      found.add(
          PRICING_WITH_OPTIONS.at(
              loc.at("/pricing"),
              "an offering with options prices each option; move this pricing into its options"
                  + " (or drop the options for a single price)"));
    }
    Location options = new Location(loc, "/options/", 0);
    for (int i = 0; i < offering.options().size(); i++) {
      Option option = offering.options().get(i);
      Location at = options.move(i);
      ids.element(at, option);
      if (option.pricing().isPresent()) {
        pricing.pricing(at, "/pricing", option.pricing().get());
      }
      if (option.leadTime().isPresent()) {
        leadTime(at, option.leadTime().get());
      }
      for (int s = 0; s < option.serviceLevels().size(); s++) {
        ServiceLevel level = option.serviceLevels().get(s);
        Location sl = new Location(at, "/serviceLevels/", s);
        name(sl, level.name(), "service level");
        texts.text(sl, "/unit", level.unit());
      }
    }
    for (int a = 0; a < offering.alternatives().size(); a++) {
      Alternative alternative = offering.alternatives().get(a);
      Location al = new Location(loc, "/alternatives/", a);
      name(al, alternative.name(), "alternative");
      texts.text(al, "/description", alternative.description());
      if (alternative.pricing().isPresent()) {
        pricing.pricing(al, "/pricing", alternative.pricing().get());
      }
    }
  }

  private void leadTime(Location loc, String leadTime) {
    switch (LeadTimes.form(leadTime)) {
      case WELL_FORMED -> {}
      case NEGATIVE ->
          found.add(
              NEGATIVE_DURATION.at(
                  loc.at("/leadTime"),
                  "lead time "
                      + Texts.quote(leadTime)
                      + " is negative; a lead time is zero or more, drop the '-'"));
      case BAD ->
          found.add(
              BAD_DURATION.at(
                  loc.at("/leadTime"),
                  "lead time "
                      + Texts.quote(leadTime)
                      + " is not an ISO 8601 duration; write PnYnMnWnDTnHnMnS parts such as P5D,"
                      + " P2W or PT4H"));
    }
  }

  private void name(Location loc, String name, String what) {
    if (Texts.isBlank(name)) {
      found.add(
          BLANK_NAME.at(
              loc.at("/name"), "name must not be blank; give the " + what + " a readable name"));
    } else {
      texts.text(loc, "/name", name);
    }
  }
}
