package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One broken invariant of an operating model: where it is, as a JSON Pointer into the model's
 * canonical JSON form (for example {@code /valueChains/0/stages/1/owner}), and a message that says
 * what is wrong and how to fix it.
 */
public final class Violation {
  private final String path;
  private final String message;

  private Violation(String path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a violation.
   *
   * @param path the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param message what is wrong and how to fix it
   * @return the violation
   * @throws NullPointerException if an argument is null
   */
  public static Violation of(String path, String message) {
    return new Violation(checkNotNull(path, "path"), checkNotNull(message, "message"));
  }

  /**
   * Returns the JSON Pointer of the offending value.
   *
   * @return the path, {@code ""} for the document itself
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong and how to fix it.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Violation that
        && that.path.equals(path)
        && that.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }

  /** Returns {@code path: message}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "/" : path) + ": " + message;
  }
}
