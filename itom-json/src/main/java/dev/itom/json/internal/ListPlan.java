package dev.itom.json.internal;

import dev.itom.internal.Sequences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans how a list becomes another as JSON Patch operations at positions: the items that keep their
 * relative order (a longest increasing subsequence) stay, every other item is moved once, straight
 * to its place, and every new item is inserted there, in the order of the target list. The position
 * of each operation in the list as the operations before it left it is counted in a Fenwick tree,
 * so a plan takes time {@code n log n} in the length of the list, whatever the number of moves.
 */
final class ListPlan {
  private ListPlan() {}

  /**
   * One operation: the item at {@code want} in the target list goes from position {@code from} (-1
   * when the list does not hold it: added, or moved in from another list) to position {@code to}.
   */
  record Step(int want, int from, int to) {}

  /**
   * Returns the steps that turn {@code have} into {@code want}.
   *
   * @param have the items of the list now, distinct, each also in {@code want}
   * @param want the items of the target list, distinct
   * @return the steps, in the order they are applied
   */
  static List<Step> plan(List<?> have, List<?> want) {
    int m = want.size();
    Map<Object, Integer> target = new HashMap<>(m * 2);
    for (int w = 0; w < m; w++) {
      target.put(want.get(w), w);
    }
    int[] wantOf = new int[have.size()]; // the target position of each item held now
    int[] order = new int[have.size()];
    for (int c = 0; c < have.size(); c++) {
      wantOf[c] = Objects.requireNonNull(target.get(have.get(c)), "every held item is wanted");
    }
    // the held items in target order, by their position now: its increasing run stays
    int[] heldAt = new int[m];
    Arrays.fill(heldAt, -1);
    for (int c = 0; c < have.size(); c++) {
      heldAt[wantOf[c]] = c;
    }
    int size = 0;
    int[] byTarget = new int[have.size()];
    for (int w = 0; w < m; w++) {
      if (heldAt[w] >= 0) {
        order[size] = heldAt[w];
        byTarget[size++] = w;
      }
    }
    boolean[] stays = new boolean[m];
    boolean[] stable = Sequences.increasing(Arrays.copyOf(order, size));
    for (int k = 0; k < size; k++) {
      stays[byTarget[k]] = stable[k];
    }
    // slots in the order of the list at any time: for each target position w, the items to move
    // that sit before the stayer at w (in their order now), then w's own place
    int[] group = new int[have.size()];
    int[] count = new int[m + 1];
    int next = m; // the target position of the next stayer to the right
    for (int c = have.size() - 1; c >= 0; c--) {
      int w = wantOf[c];
      if (stays[w]) {
        next = w;
      } else {
        group[c] = next;
        count[next]++;
      }
    }
    int[] base = new int[m + 2];
    for (int w = 0; w <= m; w++) {
      base[w + 1] = base[w] + count[w] + (w < m ? 1 : 0);
    }
    int[] place = new int[m]; // the slot of each target position's own place
    for (int w = 0; w < m; w++) {
      place[w] = base[w] + count[w];
    }
    Fenwick slots = new Fenwick(base[m + 1]);
    int[] slotNow = new int[m]; // where each held item to move sits now
    int[] filled = new int[m + 1];
    for (int c = 0; c < have.size(); c++) {
      int w = wantOf[c];
      if (stays[w]) {
        slots.add(place[w], 1);
      } else {
        int g = group[c];
        slotNow[w] = base[g] + filled[g]++;
        slots.add(slotNow[w], 1);
      }
    }
    List<Step> steps = new ArrayList<>();
    for (int w = 0; w < m; w++) {
      if (stays[w]) {
        continue;
      }
      int from = -1;
      if (heldAt[w] >= 0) {
        from = slots.before(slotNow[w]);
        slots.add(slotNow[w], -1);
      }
      steps.add(new Step(w, from, slots.before(place[w])));
      slots.add(place[w], 1);
    }
    return steps;
  }

  /** Counts of occupied slots, with prefix sums in {@code log n}. */
  private static final class Fenwick {
    private final int[] tree;

    Fenwick(int size) {
      tree = new int[size + 1];
    }

    void add(int slot, int delta) {
      for (int i = slot + 1; i < tree.length; i += i & -i) {
        tree[i] += delta;
      }
    }

    /** The number of occupied slots before {@code slot}. */
    int before(int slot) {
      int sum = 0;
      for (int i = slot; i > 0; i -= i & -i) {
        sum += tree[i];
      }
      return sum;
    }
  }
}
