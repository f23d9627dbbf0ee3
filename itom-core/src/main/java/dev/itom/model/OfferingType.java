package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * Whether an {@link Offering} is a product or a service.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code product}.
 *
 * @since 0.1
 */
public enum OfferingType {
  /** A product. */
  PRODUCT,

  /** A service. */
  SERVICE;

  private static final ImmutableMap<String, OfferingType> BY_CODE = Codes.index(OfferingType.class);

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
   * @param code an external spelling such as {@code "product"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<OfferingType> fromCode(String code) {
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
