package dev.itom.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when an operating model would break one or more of its invariants. It lists <em>every</em>
 * violation found, each with the JSON Pointer of the offending value and a message that says how to
 * fix it; no model is created.
 *
 * @since 0.1
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every broken invariant, in document order. */
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param modelId the id of the model that could not be built, for the message
   * @param violations the violations, at least one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidModelException(String modelId, Iterable<Violation> violations) {
    this(modelId, ImmutableList.copyOf(violations));
  }

  private InvalidModelException(String modelId, ImmutableList<Violation> violations) {
    super(message(modelId, violations));
    this.violations = violations;
  }

  private static String message(String modelId, ImmutableList<Violation> violations) {
    checkNotNull(modelId, "modelId");
    checkArgument(!violations.isEmpty(), "an InvalidModelException needs at least one violation");
    StringBuilder text =
        new StringBuilder()
            .append("operating model \"")
            .append(modelId)
            .append("\" is invalid (")
            .append(violations.size())
            .append(violations.size() == 1 ? " violation):" : " violations):");
    for (Violation violation : violations) {
      text.append("\n  ").append(violation);
    }
    return text.toString();
  }

  /**
   * Returns every violation, in the order of the model's canonical JSON form.
   *
   * @return the violations, never empty
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
