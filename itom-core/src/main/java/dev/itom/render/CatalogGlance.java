package dev.itom.render;

import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Option;
import dev.itom.model.Pricing;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The service catalog at a glance, for the Order-to-Cash outcome of the map: how many options the
 * offerings that are not retired have, the lowest price (when every priced option is in one
 * currency) and the shortest lead time, for example {@code 3 options from 4.00 EUR, within 1 day}.
 * The map shows each clause (split at {@code ", "}) on a line of its own.
 */
final class CatalogGlance {
  private CatalogGlance() {}

  /** The glance, or empty when no offering that is not retired has an option. */
  static Optional<String> of(OperatingModel model) {
    int options = 0;
    @Nullable BigDecimal lowest = null;
    Set<String> currencies = new HashSet<>();
    @Nullable Duration shortest = null;
    for (Offering offering : model.offerings()) {
      if (offering.lifecycle() == Lifecycle.RETIRED) {
        continue;
      }
      for (Option option : offering.effectiveOptions()) {
        options++;
        Optional<Pricing> pricing = option.pricing();
        if (pricing.isPresent()
            && pricing.get().amount().isPresent()
            && pricing.get().currency().isPresent()) {
          BigDecimal amount = pricing.get().amount().get();
          currencies.add(pricing.get().currency().get());
          if (lowest == null || amount.compareTo(lowest) < 0) {
            lowest = amount;
          }
        }
        Optional<Duration> lead = option.leadTimeDuration();
        if (lead.isPresent() && (shortest == null || lead.get().compareTo(shortest) < 0)) {
          shortest = lead.get();
        }
      }
    }
    if (options == 0) {
      return Optional.empty();
    }
    StringBuilder glance =
        new StringBuilder().append(options).append(options == 1 ? " option" : " options");
    if (lowest != null && currencies.size() == 1) {
      glance
          .append(" from ")
          .append(lowest.toPlainString())
          .append(' ')
          .append(currencies.iterator().next());
    }
    if (shortest != null) {
      glance.append(", within ").append(words(shortest));
    }
    return Optional.of(glance.toString());
  }

  /** A duration in the largest whole unit that states it exactly: days, hours or minutes. */
  static String words(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes > 0 && minutes % (24 * 60) == 0) {
      return count(minutes / (24 * 60), "day");
    }
    if (minutes > 0 && minutes % 60 == 0) {
      return count(minutes / 60, "hour");
    }
    if (minutes > 0 || duration.isZero()) {
      return count(minutes, "minute");
    }
    return count(duration.toSeconds(), "second");
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
