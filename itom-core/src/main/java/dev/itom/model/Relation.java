package dev.itom.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * A one-to-many relation from the elements of one model to values, in model order per element: an
 * array over the index's ordinals. An element with one value holds the value itself, so the common
 * case allocates no list; one with several holds an {@link ImmutableList} of exactly their number.
 * Built in one walk over the model's references, whose pairs are then looked up together, counted
 * and filled in, or, where the check of the model resolved the references already, from the pairs
 * of numbers it recorded, it is read-only once built and may be shared by any number of threads
 * once safely published.
 */
final class Relation<T> {
  /** Receives the pairs of a relation: the id an element refers to, and the value it relates. */
  @FunctionalInterface
  interface Sink<T> {
    void put(String id, T value);
  }

  /** Walks a model's references and gives each pair of a relation to a sink, in model order. */
  @FunctionalInterface
  interface Walk<T> {
    void walk(OperatingModel model, Sink<T> sink);
  }

  /**
   * The pairs of one walk, in order: the ids, which are then looked up together in one tight loop
   * where the processor overlaps the memory reads of several lookups, and the values.
   */
  private static final class Pairs<T> implements Sink<T> {
    private String[] ids = new String[16];
    private Object[] values = new Object[16];
    private int size;

    @Override
    public void put(String id, T value) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      ids[size] = id;
      values[size++] = value;
    }

    /** Looks every id up into {@code ordinals}, in order, and counts the values per ordinal. */
    int[] resolve(ModelIndex index, int[] ordinals) {
      int[] counts = new int[index.count()];
      for (int i = 0; i < size; i++) {
        int ordinal = index.ordinalOf(ids[i]);
        ordinals[i] = ordinal;
        counts[ordinal]++;
      }
      return counts;
    }
  }

  private final ModelIndex index;

  /** Per ordinal: null, the one value, or the {@link ImmutableList} of the values. */
  private final Object[] byOrdinal;

  private Relation(ModelIndex index, Object[] byOrdinal) {
    this.index = index;
    this.byOrdinal = byOrdinal;
  }

  /**
   * Builds the relation that {@code walk} gives for the elements of {@code model}. Every id the
   * walk gives must be an element's: the model's invariants guarantee it for its references.
   */
  static <T> Relation<T> walking(OperatingModel model, ModelIndex index, Walk<T> walk) {
    Pairs<T> pairs = new Pairs<>();
    walk.walk(model, pairs);
    int[] ordinals = new int[pairs.size];
    int[] counts = pairs.resolve(index, ordinals);
    pairs.ids = new String[0];
    return new Relation<>(index, fill(ordinals, pairs.values, pairs.size, counts));
  }

  /**
   * Builds a relation of the elements of {@code model} from the pairs that the check of the model
   * recorded for it ({@link Resolved}), in the order of its walk: each value is what {@code source}
   * gives for the pair's source, placed at the pair's target, with nothing walked or looked up.
   */
  static <T> Relation<T> resolved(
      OperatingModel model, ModelIndex index, Navigation.Source<T> source, Resolved.Pairs pairs) {
    int[] ordinals = pairs.ordinals;
    int[] sources = pairs.sources;
    int size = pairs.size;
    int[] counts = new int[index.count()];
    for (int i = 0; i < size; i++) {
      counts[ordinals[i]]++;
    }
    Object[] values = new Object[counts.length];
    for (int i = 0; i < size; i++) {
      place(values, counts, ordinals[i], source.at(model, index, sources[i]));
    }
    return new Relation<>(index, finish(values, counts));
  }

  /**
   * Returns the values of the first {@code size} pairs per ordinal: the value itself where an
   * ordinal has one, as {@code counts} says, an {@link ImmutableList} of its values in pair order
   * where it has several.
   */
  private static Object[] fill(int[] ordinals, Object[] pairValues, int size, int[] counts) {
    Object[] values = new Object[counts.length];
    for (int i = 0; i < size; i++) {
      place(values, counts, ordinals[i], pairValues[i]);
    }
    return finish(values, counts);
  }

  /**
   * Places {@code value} at {@code ordinal}: itself if {@code counts} says the ordinal has one
   * value, else appended to the ordinal's list builder, made on its first value.
   */
  private static void place(Object[] values, int[] counts, int ordinal, Object value) {
    if (counts[ordinal] == 1) {
      values[ordinal] = value;
    } else {
      if (values[ordinal] == null) {
        values[ordinal] = ImmutableList.builderWithExpectedSize(counts[ordinal]);
      }
      builder(values[ordinal]).add(value);
    }
  }

  /** Builds, in place, the list of every ordinal that {@code counts} gives several values. */
  private static Object[] finish(Object[] values, int[] counts) {
    for (int i = 0; i < values.length; i++) {
      if (counts[i] > 1) {
        values[i] = builder(values[i]).build();
      }
    }
    return values;
  }

  @SuppressWarnings("unchecked") // only the builders made above
  private static ImmutableList.Builder<Object> builder(Object value) {
    return (ImmutableList.Builder<Object>) value;
  }

  // Values are only ever the T given to the sink, or an ImmutableList of them.
  @SuppressWarnings("unchecked")
  ImmutableList<T> get(String id) {
    int ordinal = index.ordinalOf(id);
    Object value = ordinal < 0 ? null : byOrdinal[ordinal];
    if (value == null) {
      return ImmutableList.of();
    }
    if (value instanceof ImmutableList<?> list) {
      return (ImmutableList<T>) list;
    }
    return ImmutableList.of((T) value);
  }
}
