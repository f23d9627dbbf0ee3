package dev.itom.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a {@link Finding} matters, most severe first.
 *
 * @since 0.1
 */
public enum Severity {
  /** The model cannot work as an operating model until this is fixed. */
  ERROR,
  /** Value realization is likely to break down here; fix it soon. */
  WARNING,
  /** Worth knowing; an expert would look at it. */
  INFO;

  /**
   * Returns the external spelling of this severity: {@code error}, {@code warning} or {@code info}.
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the severity spelled {@code code}.
   *
   * @param code {@code error}, {@code warning} or {@code info}
   * @return the severity, or empty if {@code code} names none
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<Severity> fromCode(String code) {
    checkNotNull(code, "code");
    for (Severity severity : values()) {
      if (severity.code().equals(code)) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}
