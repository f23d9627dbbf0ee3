package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The lifecycle state of an {@link Offering}.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code planned}.
 *
 * @since 0.1
 */
public enum Lifecycle {
  /** Planned, not yet offered. */
  PLANNED,

  /** Offered to consumers. */
  ACTIVE,

  /** Still offered, but being retired. */
  RETIRING,

  /** No longer offered. */
  RETIRED;

  private static final ImmutableMap<String, Lifecycle> BY_CODE = Codes.index(Lifecycle.class);

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
   * @param code an external spelling such as {@code "planned"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<Lifecycle> fromCode(String code) {
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
