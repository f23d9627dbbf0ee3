package dev.itom.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ISO 8601 durations of lead times, as text: {@code PnYnMnWnDTnHnMnS}, each part optional but
 * at least one present, in that order, each a whole number but the seconds, which may have a
 * fraction after a point; a {@code T} is followed by at least one time part. A leading {@code -}
 * makes a duration negative, which a lead time may not be.
 */
final class LeadTimes {
  private LeadTimes() {}

  private static final long SECONDS_PER_DAY = 86_400L;

  /** What a text is as a lead time. */
  enum Form {
    /** A well-formed, non-negative duration. */
    WELL_FORMED,
    /** A well-formed duration with a leading minus. */
    NEGATIVE,
    /** Not an ISO 8601 duration. */
    BAD
  }

  /** Returns the form of {@code text}. */
  static Form form(String text) {
    if (text.startsWith("-")) {
      return parse(text.substring(1)) == null ? Form.BAD : Form.NEGATIVE;
    }
    return parse(text) == null ? Form.BAD : Form.WELL_FORMED;
  }

  /**
   * Returns the text of a non-negative duration: whole days as {@code PnD}, anything else as {@link
   * Duration#toString()} ({@code PT4H}).
   *
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  static String format(Duration duration) {
    checkArgument(
        !duration.isNegative(),
        "lead time %s is negative; a lead time is zero or more, such as Duration.ofDays(5)",
        duration);
    if (duration.toNanosPart() == 0 && duration.toSeconds() % SECONDS_PER_DAY == 0) {
      return "P" + duration.toSeconds() / SECONDS_PER_DAY + "D";
    }
    return duration.toString();
  }

  /**
   * Returns the duration of a well-formed, non-negative text without years or months; empty
   * otherwise or when it does not fit a {@link Duration}.
   */
  static Optional<Duration> toDuration(String text) {
    BigDecimal @Nullable [] parts = parse(text);
    if (parts == null || parts[0].signum() != 0 || parts[1].signum() != 0) {
      return Optional.empty();
    }
    try {
      BigDecimal seconds =
          parts[2]
              .multiply(BigDecimal.valueOf(7 * SECONDS_PER_DAY))
              .add(parts[3].multiply(BigDecimal.valueOf(SECONDS_PER_DAY)))
              .add(parts[4].multiply(BigDecimal.valueOf(3600)))
              .add(parts[5].multiply(BigDecimal.valueOf(60)))
              .add(parts[6]);
      BigDecimal exact = seconds.setScale(9, RoundingMode.DOWN);
      long whole = exact.setScale(0, RoundingMode.DOWN).longValueExact();
      long nanos = exact.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValueExact();
      return Optional.of(Duration.ofSeconds(whole, nanos));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses a duration without sign into its parts (years, months, weeks, days, hours, minutes,
   * seconds); null if it is not well formed.
   */
  private static BigDecimal @Nullable [] parse(String text) {
    BigDecimal[] parts = new BigDecimal[7];
    Arrays.fill(parts, BigDecimal.ZERO);
    int length = text.length();
    if (length < 3 || text.charAt(0) != 'P') {
      return null;
    }
    String dateUnits = "YMWD";
    String timeUnits = "HMS";
    int i = 1;
    int next = 0;
    boolean any = false;
    boolean time = false;
    boolean anyTime = false;
    while (i < length) {
      char c = text.charAt(i);
      if (c == 'T') {
        if (time) {
          return null;
        }
        time = true;
        next = 0;
        i++;
        continue;
      }
      int start = i;
      while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == start || i == length) {
        return null;
      }
      boolean fraction = false;
      if (text.charAt(i) == '.') {
        fraction = true;
        i++;
        int digits = i;
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        if (i == digits || i == length) {
          return null;
        }
      }
      String units = time ? timeUnits : dateUnits;
      int unit = units.indexOf(text.charAt(i), next);
      if (unit < 0 || (fraction && !(time && unit == 2))) {
        return null;
      }
      parts[(time ? 4 : 0) + unit] = new BigDecimal(text.substring(start, i));
      next = unit + 1;
      any = true;
      anyTime |= time;
      i++;
    }
    return any && (!time || anyTime) ? parts : null;
  }
}
