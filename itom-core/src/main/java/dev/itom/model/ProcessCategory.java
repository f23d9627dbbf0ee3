package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The category of a {@link SupportProcess}.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code governing}.
 *
 * @since 0.1
 */
public enum ProcessCategory {
  /**
   * Governing and aligning processes: portfolio management, business relationship management, IT
   * governance.
   */
  GOVERNING,

  /** Enabling processes, such as project management. */
  ENABLING,

  /** Other supporting processes, such as supplier management or finance. */
  SUPPORTING;

  private static final ImmutableMap<String, ProcessCategory> BY_CODE =
      Codes.index(ProcessCategory.class);

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
   * @param code an external spelling such as {@code "governing"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<ProcessCategory> fromCode(String code) {
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
