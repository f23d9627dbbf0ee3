package dev.itom.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The kind of an {@link Alignment} between two stages.
 *
 * <p>Each constant has an external spelling, its {@link #code() code}: the name in lower case with
 * hyphens, for example {@code handoff}.
 *
 * @since 0.1
 */
public enum AlignmentKind {
  /** Work or information handed from one stage to the next. */
  HANDOFF,

  /** Feedback from a later stage to an earlier one. */
  FEEDBACK,

  /** The two stages are kept aligned, without a direction of work. */
  ALIGNMENT;

  private static final ImmutableMap<String, AlignmentKind> BY_CODE =
      Codes.index(AlignmentKind.class);

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
   * @param code an external spelling such as {@code "handoff"}
   * @return the constant, or empty when no constant has that spelling
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<AlignmentKind> fromCode(String code) {
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
