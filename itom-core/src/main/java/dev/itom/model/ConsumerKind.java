package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The kind of a {@link Consumer}: who receives the products and services of IT.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code business-unit}.
 *
 * @since 0.1
 */
public enum ConsumerKind {
  /** A business unit of the organization. */
  BUSINESS_UNIT,

  /** An external customer. */
  CUSTOMER,

  /** A partner organization. */
  PARTNER,

  /** A group of employees, for example all office workers. */
  EMPLOYEE_GROUP;

  private static final ImmutableMap<String, ConsumerKind> BY_CODE = Codes.index(ConsumerKind.class);

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
   * @param code an external spelling such as {@code "business-unit"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<ConsumerKind> fromCode(String code) {
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
