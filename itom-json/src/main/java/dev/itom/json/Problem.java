package dev.itom.json;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.internal.Diagnostics;
import dev.itom.internal.Texts;
import dev.itom.model.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong (or, in lenient mode, worth a warning) in an {@code itom/1} document: what kind
 * of problem it is (a stable {@linkplain #code() code} such as {@code unknown-field}, or the code
 * of the broken invariant), where it stands (line, column and JSON Pointer) and what is wrong.
 *
 * <p>Lines and columns start at 1; a value of 0 means the position is unknown (for example when the
 * input was empty). Columns count UTF-16 characters, for byte input too (a UTF-8 byte-order mark is
 * not counted), except for documents read through an {@code ObjectMapper}, whose columns are
 * Jackson's (bytes for byte input). The pointer is an RFC 6901 JSON Pointer into the document; the
 * empty pointer is the document itself.
 *
 * @since 0.1
 */
public final class Problem implements Diagnostic {
  private static final Diagnostics.Components<Problem> COMPONENTS =
      p -> new Object[] {p.code, p.pointer, p.message, p.line, p.column};

  private final String code;
  private final int line;
  private final int column;
  private final String pointer;
  private final String message;

  private Problem(String code, int line, int column, String pointer, String message) {
    this.code = code;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.message = message;
  }

  /**
   * Creates a problem with a stable code.
   *
   * @param code the stable code of this kind of problem, such as {@code unknown-field}
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param pointer the JSON Pointer of the offending value, empty for the document itself
   * @param message what is wrong and what to do about it
   * @return the problem
   * @throws NullPointerException if {@code code}, {@code pointer} or {@code message} is null
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public static Problem of(String code, int line, int column, String pointer, String message) {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          String.format("line %s and column %s must not be negative", line, column));
    }
    return new Problem(
        checkNotNull(code, "code"),
        line,
        column,
        checkNotNull(pointer, "pointer"),
        checkNotNull(message, "message"));
  }

  /**
   * Returns the stable code of this kind of problem, listed in docs/FORMAT.md: one of the reader's
   * codes ({@code syntax}, {@code unknown-field}, {@code wrong-type}, ...) or, for a broken
   * invariant of the model, the invariant's code.
   *
   * @return the code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the 1-based line of the offending value.
   *
   * @return the line, or 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the offending value.
   *
   * @return the column, or 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON Pointer of the offending value, for example {@code /roles/0/name}.
   *
   * @return the pointer; empty for the document itself
   */
  @Override
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong and what to do about it.
   *
   * @return the message
   */
  @Override
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return Diagnostics.equal(this, other, Problem.class, COMPONENTS);
  }

  @Override
  public int hashCode() {
    return Diagnostics.hash(this, COMPONENTS);
  }

  /**
   * Returns the problem as {@code LINE:COLUMN: POINTER: message}; the document itself is shown as
   * {@code /}.
   */
  @Override
  public String toString() {
    return line + ":" + column + ": " + Texts.display(pointer) + ": " + message;
  }
}
