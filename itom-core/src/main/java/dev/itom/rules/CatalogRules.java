package dev.itom.rules;

import static dev.itom.rules.BuiltInRule.q;

import dev.itom.internal.Texts;
import dev.itom.model.Alternative;
import dev.itom.model.Kpi;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Option;
import dev.itom.model.Pricing;
import dev.itom.model.ServiceLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The built-in rules about the service catalog, the answers Order to Cash gives a consumer: an
 * active offering can be ordered with a price and a lead time (ITOM-R19), an offering with
 * alternatives says why to choose it (ITOM-R20), an option dearer than every alternative says what
 * the difference buys (ITOM-R21), and the service levels an active option promises are measured
 * (ITOM-R22).
 */
final class CatalogRules {
  /** Words with which a value proposition speaks to price, for ITOM-R21. */
  private static final Pattern PRICE_WORDS =
      Pattern.compile(
          "\\b(costs?|cheap(er)?|expensive|pric(e|es|ed|ing)|charge[sd]?|pays?|paid|premium"
              + "|worth|saves?|savings?)\\b",
          Pattern.CASE_INSENSITIVE);

  private CatalogRules() {}

  // ---- ITOM-R19 ------------------------------------------------------------------------------

  /** ITOM-R19: an active offering has an option with a price and a lead time. */
  static final class OfferingOrderable extends BuiltInRule {
    OfferingOrderable() {
      super(
          "ITOM-R19",
          "offering-orderable",
          Severity.WARNING,
          "Every active offering has an option with a price and a lead time.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Offering offering : model.offerings()) {
        if (offering.lifecycle() != Lifecycle.ACTIVE || !OfferingRules.isPriced(offering)) {
          continue; // ITOM-R09 judges an offering without any price
        }
        String what = "offering " + q(offering.id());
        if (offering.options().isEmpty()) {
          findings.add(
              offering,
              "options",
              () ->
                  what
                      + " is active and priced but states no lead time, so consumers cannot tell by"
                      + " when an order is fulfilled; replace its pricing by an option with that"
                      + " pricing and a lead time, for example P5D");
          continue;
        }
        int firstPriced = -1;
        boolean orderable = false;
        for (int j = 0; j < offering.options().size() && !orderable; j++) {
          Option option = offering.options().get(j);
          if (option.pricing().isPresent()) {
            orderable = option.leadTime().isPresent();
            firstPriced = firstPriced < 0 ? j : firstPriced;
          }
        }
        if (!orderable) {
          Option option = offering.options().get(firstPriced);
          findings.add(
              offering,
              "options/" + firstPriced + "/leadTime",
              () ->
                  what
                      + " is active but none of its priced options states a lead time, so consumers"
                      + " cannot tell by when an order is fulfilled; set the lead time of option "
                      + q(option.id())
                      + ", for example P5D");
        }
      }
    }
  }

  // ---- ITOM-R20 ------------------------------------------------------------------------------

  /** ITOM-R20: an offering with alternatives states its value proposition. */
  static final class ValuePropositionStated extends BuiltInRule {
    ValuePropositionStated() {
      super(
          "ITOM-R20",
          "value-proposition-stated",
          Severity.WARNING,
          "Every offering that is not retired and names alternatives states its value"
              + " proposition.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Offering offering : model.offerings()) {
        if (offering.lifecycle() != Lifecycle.RETIRED
            && !offering.alternatives().isEmpty()
            && offering.valueProposition().isEmpty()) {
          int count = offering.alternatives().size();
          findings.add(
              offering,
              "valueProposition",
              () ->
                  "offering "
                      + q(offering.id())
                      + " names "
                      + count
                      + (count == 1 ? " alternative" : " alternatives")
                      + " but no value proposition, so nothing answers why a consumer should take it"
                      + " rather than go around IT; state what the consumer gets from it that the"
                      + " alternatives do not give");
        }
      }
    }
  }

  // ---- ITOM-R21 ------------------------------------------------------------------------------

  /** ITOM-R21: an option dearer than every comparable alternative is explained. */
  static final class PremiumExplained extends BuiltInRule {
    PremiumExplained() {
      super(
          "ITOM-R21",
          "premium-explained",
          Severity.INFO,
          "When an option costs more than every alternative priced the same way, the value"
              + " proposition speaks to the price.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Offering offering : model.offerings()) {
        Optional<String> proposition = offering.valueProposition();
        if (offering.lifecycle() == Lifecycle.RETIRED
            || proposition.isEmpty() // ITOM-R20 asks for one
            || PRICE_WORDS.matcher(proposition.get()).find()) {
          continue;
        }
        List<Option> options = offering.effectiveOptions();
        for (int j = 0; j < options.size(); j++) {
          Option option = options.get(j);
          List<Alternative> cheaper = cheaperAlternatives(option, offering.alternatives());
          if (cheaper.isEmpty()) {
            continue;
          }
          Pricing pricing = option.pricing().orElseThrow();
          findings.add(
              offering,
              offering.options().isEmpty() ? "pricing" : "options/" + j + "/pricing",
              () ->
                  (offering.options().isEmpty() ? "offering " : "option ")
                      + q(option.id())
                      + " costs "
                      + amount(pricing)
                      + ", more than every alternative priced the same way ("
                      + listed(cheaper)
                      + "), but the value proposition of offering "
                      + q(offering.id())
                      + " does not speak to the price; say what the difference buys, for example"
                      + " why it is worth it or what it saves");
        }
      }
    }

    /**
     * Returns the alternatives priced the same way as an option (same model, currency and unit,
     * with an amount), when there is at least one and the option costs more than each; else none.
     */
    private static List<Alternative> cheaperAlternatives(
        Option option, List<Alternative> alternatives) {
      List<Alternative> comparable = new ArrayList<>();
      Optional<BigDecimal> price = option.pricing().flatMap(Pricing::amount);
      if (price.isEmpty()) {
        return comparable;
      }
      Pricing pricing = option.pricing().orElseThrow();
      for (Alternative alternative : alternatives) {
        Optional<Pricing> other = alternative.pricing();
        if (other.isEmpty() || other.get().amount().isEmpty() || !sameWay(pricing, other.get())) {
          continue;
        }
        if (price.get().compareTo(other.get().amount().get()) <= 0) {
          return List.of();
        }
        comparable.add(alternative);
      }
      return comparable;
    }

    private static boolean sameWay(Pricing a, Pricing b) {
      return a.model() == b.model()
          && a.currency().equals(b.currency())
          && a.unit().equals(b.unit());
    }

    private static String listed(List<Alternative> alternatives) {
      StringBuilder out = new StringBuilder();
      for (Alternative alternative : alternatives) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(q(alternative.name()))
            .append(' ')
            .append(amount(alternative.pricing().orElseThrow()));
      }
      return out.toString();
    }

    /**
     * Returns an amount with its currency and unit, for example {@code 4.00 EUR per user/month}.
     */
    private static String amount(Pricing pricing) {
      return Texts.plain(pricing.amount().orElseThrow())
          + pricing.currency().map(c -> " " + c).orElse("")
          + pricing.unit().map(u -> " per " + u).orElse("");
    }
  }

  // ---- ITOM-R22 ------------------------------------------------------------------------------

  /** ITOM-R22: each service level of an active option is measured by a KPI of its unit. */
  static final class ServiceLevelMeasured extends BuiltInRule {
    ServiceLevelMeasured() {
      super(
          "ITOM-R22",
          "service-level-measured",
          Severity.WARNING,
          "Each service level of an option of an active offering is measured by a KPI that"
              + " measures the option in the service level's unit.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Offering offering : model.offerings()) {
        if (offering.lifecycle() != Lifecycle.ACTIVE) {
          continue;
        }
        for (Option option : offering.options()) {
          List<Kpi> kpis = model.kpisMeasuring(option.id());
          for (int k = 0; k < option.serviceLevels().size(); k++) {
            ServiceLevel level = option.serviceLevels().get(k);
            if (!measured(level, kpis)) {
              findings.add(
                  option,
                  "serviceLevels/" + k,
                  () ->
                      "the service level "
                          + q(level.name())
                          + " of option "
                          + q(option.id())
                          + " ("
                          + Texts.plain(level.target())
                          + level.unit().map(u -> " " + u).orElse("")
                          + ") is measured by no KPI of the option"
                          + level.unit().map(u -> " in " + q(u)).orElse(" without unit")
                          + ", so nobody can report whether the promise is kept; add a KPI that"
                          + " measures the option in that unit, or add the option to the measures"
                          + " of such a KPI");
            }
          }
        }
      }
    }

    private static boolean measured(ServiceLevel level, List<Kpi> kpis) {
      Optional<String> unit = level.unit().map(u -> u.toLowerCase(Locale.ROOT));
      for (Kpi kpi : kpis) {
        if (kpi.unit().map(u -> u.toLowerCase(Locale.ROOT)).equals(unit)) {
          return true;
        }
      }
      return false;
    }
  }
}
