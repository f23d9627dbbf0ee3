package dev.itom.model;

/**
 * A set of links whose references resolved, each as one {@code long} made of the ordinals of the
 * two elements it joins and the ordinal of its kind: equal keys for equal links, without hashing
 * their strings or keeping an entry object per link. An open-addressing table of keys with linear
 * probing, sized once for the number of links it may hold.
 */
final class LinkKeys {
  private final long[] keys;
  private final int mask;
  private boolean zero;

  /** A set for at most {@code links} keys. */
  LinkKeys(int links) {
    int capacity = Integer.highestOneBit(Math.max(1, links) * 2 - 1) * 2;
    this.keys = new long[capacity];
    this.mask = capacity - 1;
  }

  /**
   * Returns the key of a link from the element at ordinal {@code from} to the one at {@code to}, of
   * the kind with ordinal {@code kind}.
   *
   * @throws IllegalArgumentException if an ordinal is negative or {@code kind} is not below 4
   */
  static long key(int from, int to, int kind) {
    if (from < 0 || to < 0 || kind < 0 || kind >= 4) {
      throw new IllegalArgumentException("no link key for " + from + ", " + to + ", " + kind);
    }
    return ((long) from << 33) | ((long) to << 2) | kind;
  }

  /** Adds {@code key}; returns whether it was not in the set yet. */
  boolean add(long key) {
    if (key == 0) {
      boolean added = !zero;
      zero = true;
      return added;
    }
    long mixed = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
    long there;
    while ((there = keys[slot]) != 0) {
      if (there == key) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    return true;
  }
}
