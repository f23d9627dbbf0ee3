package dev.itom.json;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a document cannot be read as an {@code itom-diff/1} diff: it is not JSON, or it
 * breaks the format (an unknown op, kind or field, a missing value, a value of the wrong kind). The
 * message says where, as a JSON Pointer into the document (and the line and column for text that is
 * not JSON), and what is wrong.
 *
 * @since 0.1
 */
public final class DiffJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value that cannot be read, {@code ""} for the whole document. */
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param pointer where in the document, a JSON Pointer ({@code ""} for the whole document)
   * @param message what is wrong there
   * @throws NullPointerException if an argument is null
   */
  public DiffJsonException(String pointer, String message) {
    super(
        "cannot read the document as itom-diff/1: "
            + (checkNotNull(pointer, "pointer").isEmpty() ? "/" : pointer)
            + ": "
            + checkNotNull(message, "message"));
    this.pointer = pointer;
  }

  /**
   * Returns where in the document the problem is.
   *
   * @return the JSON Pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }
}
