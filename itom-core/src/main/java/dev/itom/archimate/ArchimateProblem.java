package dev.itom.archimate;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.Diagnostic;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem found reading an exchange file: a code, the line and column (1-based, 0 if unknown),
 * the identifier of the ArchiMate element, relationship or view it concerns ({@code ""} if none)
 * and a message that says what is wrong and what to do. {@link #pointer()} is the identifier.
 *
 * @since 0.1
 */
public final class ArchimateProblem implements Diagnostic {
  private final String code;
  private final int line;
  private final int column;
  private final String identifier;
  private final String message;

  private ArchimateProblem(String code, int line, int column, String identifier, String message) {
    this.code = code;
    this.line = line;
    this.column = column;
    this.identifier = identifier;
    this.message = message;
  }

  /**
   * Returns a problem.
   *
   * @param code the problem's code, for example {@code unmapped-element}
   * @param line the 1-based line, 0 if unknown
   * @param column the 1-based column, 0 if unknown
   * @param identifier the identifier of what it concerns, {@code ""} if nothing in particular
   * @param message what is wrong and what to do
   * @return the problem
   * @throws NullPointerException if a text is null
   */
  public static ArchimateProblem of(
      String code, int line, int column, String identifier, String message) {
    return new ArchimateProblem(
        checkNotNull(code, "code"),
        Math.max(0, line),
        Math.max(0, column),
        checkNotNull(identifier, "identifier"),
        checkNotNull(message, "message"));
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line, 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem.
   *
   * @return the column, 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the identifier of the element, relationship or view the problem concerns.
   *
   * @return the identifier, {@code ""} if none
   */
  public String identifier() {
    return identifier;
  }

  /** Returns the identifier, the exchange format's way to point at a concept. */
  @Override
  public String pointer() {
    return identifier;
  }

  @Override
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ArchimateProblem p
        && p.code.equals(code)
        && p.line == line
        && p.column == column
        && p.identifier.equals(identifier)
        && p.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, line, column, identifier, message);
  }

  /** Returns {@code line:column: message [code]}, the identifier named if there is one. */
  @Override
  public String toString() {
    return line
        + ":"
        + column
        + ": "
        + (identifier.isEmpty() ? "" : identifier + ": ")
        + message
        + " ["
        + code
        + "]";
  }
}
