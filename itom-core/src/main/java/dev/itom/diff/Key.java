package dev.itom.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * What identifies one item of a list among its siblings, whatever its position: the values of the
 * item's {@link dev.itom.model.MetaType#identity() identity} fields ({@code [id]} for an element,
 * {@code [from, to, kind]} for an alignment), or the string itself for an item of a list of texts
 * or ids; and which occurrence of those values it is, for the lists that may hold equal items (two
 * framework references to the same item, a question asked twice). A single nested value (an
 * offering's pricing) has the empty key.
 *
 * @param values the identifying values, as {@link dev.itom.model.MetaField#get} returns them
 * @param occurrence 0 for the first item with these values in its list, 1 for the second, ...
 * @since 0.1
 */
public record Key(ImmutableList<Object> values, int occurrence) {
  private static final Key NONE = new Key(ImmutableList.of(), 0);

  /**
   * Checks the components.
   *
   * @param values the identifying values, as {@link dev.itom.model.MetaField#get} returns them
   * @param occurrence 0 for the first item with these values in its list, 1 for the second, ...
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if {@code occurrence} is negative
   */
  public Key {
    checkNotNull(values, "values");
    checkArgument(occurrence >= 0, "occurrence must not be negative: %s", occurrence);
  }

  /**
   * Returns the key of the first item with the given identifying values.
   *
   * @param values the values, such as an element's id
   * @return the key, occurrence 0
   * @throws NullPointerException if {@code values} or one of them is null
   */
  public static Key of(Object... values) {
    return new Key(ImmutableList.copyOf(values), 0);
  }

  /** {@return the empty key of a single nested value, such as an offering's pricing} */
  public static Key none() {
    return NONE;
  }

  /**
   * Returns the identifying values separated by a space, then {@code #n} for occurrence n above 0;
   * enum constants by name.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Object value : values) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(value);
    }
    if (occurrence > 0) {
      text.append('#').append(occurrence);
    }
    return text.toString();
  }
}
