package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * A RACI responsibility of a role in an {@link Assignment}.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code responsible}.
 *
 * @since 0.1
 */
public enum Responsibility {
  /** Does the work. */
  RESPONSIBLE,

  /** Answers for the outcome; one per target. */
  ACCOUNTABLE,

  /** Is asked before decisions. */
  CONSULTED,

  /** Is told of decisions. */
  INFORMED;

  private static final ImmutableMap<String, Responsibility> BY_CODE =
      Codes.index(Responsibility.class);

  private final String code = Codes.codeOf(this);

  /**
   * Returns the external spelling of this constant, as used in the JSON format.
   *
   * @return the code, lower case with hyphens
   */
  public String code() {
    return code;
  }

  /**
   * Returns the constant spelled {@code code}.
   *
   * @param code an external spelling such as {@code "responsible"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<Responsibility> fromCode(String code) {
    return Codes.lookup(BY_CODE, code);
  }

  /**
   * Returns every code of this enum, in declaration order, separated by a comma and a space; for
   * error messages that list the allowed values.
   *
   * @return the allowed codes
   */
  public static String allowedCodes() {
    return Codes.list(BY_CODE);
  }
}
