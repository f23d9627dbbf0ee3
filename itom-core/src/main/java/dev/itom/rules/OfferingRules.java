package dev.itom.rules;

import static dev.itom.rules.BuiltInRule.q;

import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Option;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;

/**
 * The built-in rules about the offerings, by lifecycle: an offering in service has an owner, a
 * consumer and pricing, its own or its options' (ITOM-R09) and a stage that realizes it (ITOM-R13);
 * a retired one serves nobody and is no longer charged (ITOM-R17).
 */
final class OfferingRules {
  private OfferingRules() {}

  // ---- ITOM-R09 ------------------------------------------------------------------------------

  /** ITOM-R09: offerings have an owner, a consumer and, in service, pricing. */
  static final class OfferingComplete extends BuiltInRule {
    OfferingComplete() {
      super(
          "ITOM-R09",
          "offering-complete",
          Severity.WARNING,
          "Every offering that is not retired has an owner and a consumer; one that is active"
              + " or retiring has pricing, its own or that of an option.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Offering offering : model.offerings()) {
        if (offering.lifecycle() == Lifecycle.RETIRED) {
          continue; // ITOM-R17 judges retired offerings
        }
        String what = "offering " + q(offering.id());
        if (offering.owner().isEmpty()) {
          findings.add(
              offering,
              "owner",
              () ->
                  what
                      + " has no owner, so nobody answers to its consumers for it; name the role"
                      + " that owns it, usually a service or product owner");
        }
        if (offering.consumers().isEmpty()) {
          findings.add(
              offering,
              "consumers",
              () ->
                  what
                      + " serves no consumer, so nobody is known to need it; list the consumers it"
                      + " serves, or retire it");
        }
        if ((offering.lifecycle() == Lifecycle.ACTIVE || offering.lifecycle() == Lifecycle.RETIRING)
            && !isPriced(offering)) {
          if (offering.options().isEmpty()) {
            findings.add(
                offering,
                "pricing",
                () ->
                    what
                        + " is "
                        + offering.lifecycle().code()
                        + " but has no pricing, so Order to Cash cannot quote or charge it back; set"
                        + " its pricing, free or an amount of 0 if it is not charged");
          } else {
            findings.add(
                offering,
                "options",
                () ->
                    what
                        + " is "
                        + offering.lifecycle().code()
                        + " but none of its options has pricing, so Order to Cash cannot quote or"
                        + " charge it back; set the pricing of each option, free or an amount of 0"
                        + " if it is not charged");
          }
        }
      }
    }
  }

  /** Returns whether an offering has a price: its own pricing or that of one of its options. */
  static boolean isPriced(Offering offering) {
    for (Option option : offering.effectiveOptions()) {
      if (option.pricing().isPresent()) {
        return true;
      }
    }
    return false;
  }

  // ---- ITOM-R13 ------------------------------------------------------------------------------

  /** ITOM-R13: every offering that is not retired is realized by a stage. */
  static final class OfferingRealized extends BuiltInRule {
    OfferingRealized() {
      super(
          "ITOM-R13",
          "offering-realized",
          Severity.WARNING,
          "Every offering that is not retired is realized by at least one stage.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Offering offering : model.offerings()) {
        if (offering.lifecycle() != Lifecycle.RETIRED && offering.realizedBy().isEmpty()) {
          findings.add(
              offering,
              "realizedBy",
              () ->
                  "offering "
                      + q(offering.id())
                      + " is not realized by any stage, so it is a promise no value chain delivers;"
                      + " list the stages that build and provide it");
        }
      }
    }
  }

  // ---- ITOM-R17 ------------------------------------------------------------------------------

  /** ITOM-R17: a retired offering has no consumers and is not charged. */
  static final class RetiredOfferingClean extends BuiltInRule {
    RetiredOfferingClean() {
      super(
          "ITOM-R17",
          "retired-offering-clean",
          Severity.WARNING,
          "A retired offering serves no consumer and is no longer charged.");
    }

    @Override
    void check(OperatingModel model, Findings findings) {
      for (Offering offering : model.offerings()) {
        if (offering.lifecycle() != Lifecycle.RETIRED) {
          continue;
        }
        if (!offering.consumers().isEmpty()) {
          findings.add(
              offering,
              "consumers",
              () ->
                  "offering "
                      + q(offering.id())
                      + " is retired but still serves "
                      + offering.consumers().size()
                      + (offering.consumers().size() == 1 ? " consumer" : " consumers")
                      + "; move them to its successor and clear its consumers, or set it back to"
                      + " retiring until they have moved");
        }
        if (offering.pricing().isPresent() && isCharged(offering.pricing().get())) {
          findings.add(
              offering,
              "pricing",
              () ->
                  "offering "
                      + q(offering.id())
                      + " is retired but still priced, so it may still be charged back; remove its"
                      + " pricing");
        }
        for (int j = 0; j < offering.options().size(); j++) {
          Option option = offering.options().get(j);
          if (option.pricing().isPresent() && isCharged(option.pricing().get())) {
            findings.add(
                offering,
                "options/" + j + "/pricing",
                () ->
                    "offering "
                        + q(offering.id())
                        + " is retired but its option "
                        + q(option.id())
                        + " is still priced, so it may still be charged back; remove the option's"
                        + " pricing");
          }
        }
      }
    }

    private static boolean isCharged(Pricing pricing) {
      return pricing.model() != PricingModel.FREE
          && pricing.amount().map(amount -> amount.signum() > 0).orElse(true);
    }
  }
}
