package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The kind of a {@link ValueChain}: one of the two core chains or a custom one.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code requirement-to-value}.
 *
 * @since 0.1
 */
public enum ValueChainKind {
  /** Requirement to Value: what is delivered, how, why and by whom; the value view. */
  REQUIREMENT_TO_VALUE,

  /** Order to Cash (or order to IT benefit): why us, which options, at what cost, by when. */
  ORDER_TO_CASH,

  /** Any other value chain, for example an IT4IT value stream. */
  CUSTOM;

  private static final ImmutableMap<String, ValueChainKind> BY_CODE =
      Codes.index(ValueChainKind.class);

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
   * @param code an external spelling such as {@code "requirement-to-value"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<ValueChainKind> fromCode(String code) {
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
