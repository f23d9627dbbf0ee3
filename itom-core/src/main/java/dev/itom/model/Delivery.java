package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * How an {@link Offering} is delivered.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code on-premises}.
 *
 * @since 0.1
 */
public enum Delivery {
  /** Run on the organization's own premises. */
  ON_PREMISES,

  /** Run in a private cloud. */
  PRIVATE_CLOUD,

  /** Consumed as software as a service. */
  SAAS,

  /** Built on a platform as a service. */
  PAAS,

  /** Built on infrastructure as a service. */
  IAAS,

  /** A mix of on-premises and cloud delivery. */
  HYBRID,

  /** Run by a managed service provider. */
  MANAGED;

  private static final ImmutableMap<String, Delivery> BY_CODE = Codes.index(Delivery.class);

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
   * @param code an external spelling such as {@code "on-premises"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<Delivery> fromCode(String code) {
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
