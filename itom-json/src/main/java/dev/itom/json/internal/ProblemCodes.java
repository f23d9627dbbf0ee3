package dev.itom.json.internal;

/**
 * The stable codes of the problems the reader reports (listed in docs/FORMAT.md, section "Problem
 * codes"). A problem that comes from a broken invariant of the model carries the invariant's own
 * code instead. A code never changes meaning; a new kind of problem gets a new code.
 */
public final class ProblemCodes {
  private ProblemCodes() {}

  /** The input is not JSON (or YAML). */
  public static final String SYNTAX = "syntax";

  /** The input ends in the middle of the document. */
  public static final String TRUNCATED = "truncated";

  /** The input is empty. */
  public static final String EMPTY = "empty";

  /** Something follows the end of the document. */
  public static final String TRAILING_CONTENT = "trailing-content";

  /** A YAML alias ({@code *name}) or merge key ({@code <<: *name}), which the reader refuses. */
  public static final String YAML_ALIAS = "yaml-alias";

  /** A field the object's type does not have (a warning in lenient mode). */
  public static final String UNKNOWN_FIELD = "unknown-field";

  /** A field or property key that appears twice in one object. */
  public static final String DUPLICATE_KEY = "duplicate-key";

  /** A value of the wrong JSON type. */
  public static final String WRONG_TYPE = "wrong-type";

  /** A {@code null} value. */
  public static final String NULL_VALUE = "null-value";

  /** A required field that is absent. */
  public static final String MISSING_FIELD = "missing-field";

  /** A document without {@code format}. */
  public static final String MISSING_FORMAT = "missing-format";

  /** A {@code format} other than {@code itom/1}. */
  public static final String UNKNOWN_FORMAT = "unknown-format";

  /** A string that is not one of an enum's spellings. */
  public static final String BAD_ENUM = "bad-enum";

  /** A number whose exponent is out of range. */
  public static final String BAD_DECIMAL = "bad-decimal";

  /** Input nested deeper than the reader's limit. */
  public static final String TOO_DEEP = "too-deep";

  /** A string, key, number or document over the reader's limit. */
  public static final String TOO_LARGE = "too-large";

  /** The input cannot be read at all (an I/O or decoding failure). */
  public static final String CANNOT_READ = "cannot-read";
}
