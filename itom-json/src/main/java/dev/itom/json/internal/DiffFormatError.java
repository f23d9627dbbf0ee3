package dev.itom.json.internal;

import dev.itom.json.DiffJsonException;

/**
 * A diff document that cannot be read: where (a JSON Pointer into the document) and what is wrong.
 * Internal; the public API turns it into a {@link DiffJsonException}.
 */
public final class DiffFormatError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String problem;

  /**
   * Creates the error.
   *
   * @param pointer where in the document
   * @param problem what is wrong there
   */
  public DiffFormatError(String pointer, String problem) {
    super(pointer + ": " + problem);
    this.pointer = pointer;
    this.problem = problem;
  }

  /**
   * Returns the public exception for this error.
   *
   * @return the exception, with the same pointer and message
   */
  public DiffJsonException exception() {
    return new DiffJsonException(pointer, problem);
  }

  /**
   * Returns where in the document.
   *
   * @return the JSON Pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message without the pointer
   */
  public String problem() {
    return problem;
  }
}
