package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.internal.Diagnostics;
import dev.itom.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * One broken invariant of an operating model: a stable {@link #code() code}, where it is as a JSON
 * Pointer into the model's canonical JSON form (for example {@code /valueChains/0/stages/1/owner}),
 * and a message that says what is wrong and how to fix it.
 *
 * <p>The codes are listed in docs/FORMAT.md; they never change meaning.
 *
 * @since 0.1
 */
public final class Violation implements Diagnostic {
  private static final Diagnostics.Components<Violation> COMPONENTS =
      v -> new Object[] {v.code, v.pointer, v.message};

  private final String code;
  private final String pointer;
  private final String message;

  private Violation(String code, String pointer, String message) {
    this.code = code;
    this.pointer = pointer;
    this.message = message;
  }

  /**
   * Returns a violation.
   *
   * @param code the stable code of the broken invariant, such as {@code dangling-reference}
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param message what is wrong and how to fix it
   * @return the violation
   * @throws NullPointerException if an argument is null
   */
  public static Violation of(String code, String pointer, String message) {
    return new Violation(
        checkNotNull(code, "code"),
        checkNotNull(pointer, "pointer"),
        checkNotNull(message, "message"));
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the JSON Pointer of the offending value, {@code ""} for the document itself.
   *
   * @return the pointer
   */
  @Override
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong and how to fix it.
   *
   * @return the message
   */
  @Override
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return Diagnostics.equal(this, other, Violation.class, COMPONENTS);
  }

  @Override
  public int hashCode() {
    return Diagnostics.hash(this, COMPONENTS);
  }

  /** Returns {@code pointer: message}, with {@code /} for the whole document. */
  @Override
  public String toString() {
    return Texts.display(pointer) + ": " + message;
  }
}
