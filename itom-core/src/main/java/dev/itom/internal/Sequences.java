package dev.itom.internal;

/** Algorithms on sequences shared by the diff and the JSON Patch of a diff. */
public final class Sequences {
  private Sequences() {}

  /**
   * Marks the positions of a longest increasing subsequence of {@code sequence}, in time {@code n
   * log n}: given the positions that the items of a list had, in the order they have now, the items
   * that kept their relative order; every other item moved.
   *
   * @param sequence distinct values
   * @return for each position of {@code sequence}, whether it is in the subsequence
   */
  public static boolean[] increasing(int[] sequence) {
    int n = sequence.length;
    boolean[] stable = new boolean[n];
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int low = 0;
      int high = length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (sequence[tails[mid]] < sequence[i]) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      previous[i] = low > 0 ? tails[low - 1] : -1;
      tails[low] = i;
      if (low == length) {
        length++;
      }
    }
    for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
      stable[i] = true;
    }
    return stable;
  }
}
