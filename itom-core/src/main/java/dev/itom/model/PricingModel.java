package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * How an {@link Offering} is priced or charged back.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code free}.
 *
 * @since 0.1
 */
public enum PricingModel {
  /** No charge. */
  FREE,

  /** A fixed amount per period. */
  FIXED,

  /** An amount per user. */
  PER_USER,

  /** An amount per unit, named by the pricing's unit. */
  PER_UNIT,

  /** Charged by measured consumption. */
  CONSUMPTION;

  private static final ImmutableMap<String, PricingModel> BY_CODE = Codes.index(PricingModel.class);

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
   * @param code an external spelling such as {@code "free"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<PricingModel> fromCode(String code) {
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
