package dev.itom.diff;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.Diagnostic;

/**
 * A change that does not fit the model it was applied to: what it expects to find is not there.
 * {@link ModelDiff#applyTo} never applies such a change; it lists every one in a {@link
 * StaleChangeException}.
 *
 * <p>The codes: {@code missing-target} (the element, part or item the change is about is not there,
 * or not where the change says), {@code value-differs} (the target holds another value than the
 * change's old value, or an item to remove has other content than the change removes), {@code
 * already-present} (an added item's key or id is taken), {@code missing-anchor} (the item to insert
 * after is not in the list).
 *
 * @param code the stable code of the problem
 * @param change the stale change
 * @param message what the target holds instead, for people
 * @since 0.1
 */
public record StaleChange(String code, Change change, String message) implements Diagnostic {
  /**
   * Checks the components.
   *
   * @param code the stable code of the problem
   * @param change the stale change
   * @param message what the target holds instead, for people
   * @throws NullPointerException if an argument is null
   */
  public StaleChange {
    checkNotNull(code, "code");
    checkNotNull(change, "change");
    checkNotNull(message, "message");
  }

  /** Returns the change's {@link Change#path() path}. */
  @Override
  public String pointer() {
    return change.path();
  }

  /** Returns {@code path: message}. */
  @Override
  public String toString() {
    return change.path() + ": " + message;
  }
}
