package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The kinds of identified {@link Element elements} of an operating model.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code role}.
 *
 * @since 0.1
 */
public enum ElementKind {
  /** A {@link Role}. */
  ROLE,

  /** A {@link Consumer}. */
  CONSUMER,

  /** An {@link Artifact}. */
  ARTIFACT,

  /** A {@link ValueChain}. */
  VALUE_CHAIN,

  /** A {@link Stage}. */
  STAGE,

  /** A {@link SupportProcess}. */
  PROCESS,

  /** An {@link Offering}. */
  OFFERING,

  /** An {@link Option} of an offering. */
  OPTION,

  /** A {@link Kpi}. */
  KPI;

  private static final ImmutableMap<String, ElementKind> BY_CODE = Codes.index(ElementKind.class);

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
   * @param code an external spelling such as {@code "role"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<ElementKind> fromCode(String code) {
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
