package dev.itom.diff;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * Thrown by {@link ModelDiff#applyTo} when changes do not fit the target model. It lists
 * <em>every</em> stale change with its path; nothing is applied.
 *
 * @since 0.1
 */
public final class StaleChangeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The stale changes: an immutable list of records; the exception is not serialized. */
  @SuppressWarnings("serial")
  private final ImmutableList<StaleChange> stale;

  /**
   * Creates the exception.
   *
   * @param stale the stale changes, at least one
   * @throws NullPointerException if {@code stale} or one of them is null
   * @throws IllegalArgumentException if {@code stale} is empty
   */
  public StaleChangeException(Iterable<StaleChange> stale) {
    this(ImmutableList.copyOf(stale));
  }

  private StaleChangeException(ImmutableList<StaleChange> stale) {
    super(message(stale));
    this.stale = stale;
  }

  private static String message(ImmutableList<StaleChange> stale) {
    checkArgument(!stale.isEmpty(), "a StaleChangeException needs at least one stale change");
    StringBuilder text =
        new StringBuilder()
            .append(stale.size())
            .append(stale.size() == 1 ? " change does" : " changes do")
            .append(" not fit the target model; nothing was applied:");
    for (StaleChange change : stale) {
      text.append("\n  ").append(change);
    }
    return text.toString();
  }

  /**
   * Returns every stale change, in the order of the diff's phases.
   *
   * @return the stale changes, never empty
   */
  public ImmutableList<StaleChange> stale() {
    return stale;
  }
}
