package dev.itom.diff;

/**
 * One of the two sides of a three-way merge: {@code ours} (the version being merged into, listed
 * first) or {@code theirs}.
 *
 * @since 0.1
 */
public enum Side {
  /** Our version: its inserts at one place come first. */
  OURS("ours"),
  /** Their version. */
  THEIRS("theirs");

  private final String code;

  Side(String code) {
    this.code = code;
  }

  /** {@return {@code ours} or {@code theirs}} */
  public String code() {
    return code;
  }

  /** {@return the other side} */
  public Side other() {
    return this == OURS ? THEIRS : OURS;
  }
}
