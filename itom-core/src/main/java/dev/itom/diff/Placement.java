package dev.itom.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.MetaField;
import org.jspecify.annotations.Nullable;

/**
 * Where an item sits in a list: the value that holds the list, the list's field, the item's index,
 * and the key of the item right before it ({@code null} at the start). Inserting after that
 * neighbour rather than at the index is what keeps a change right when applied to a version in
 * which the other side inserted or removed items before it.
 *
 * @param owner the value that holds the list
 * @param field the list field of {@code owner}'s type
 * @param index the item's position in the list, from 0
 * @param after the key of the item right before it, or null when it is first
 * @since 0.1
 */
public record Placement(Locator owner, MetaField<?> field, int index, @Nullable Key after) {
  /**
   * Checks the components.
   *
   * @param owner the value that holds the list
   * @param field the list field of {@code owner}'s type
   * @param index the item's position in the list, from 0
   * @param after the key of the item right before it, or null when it is first
   * @throws NullPointerException if {@code owner} or {@code field} is null
   * @throws IllegalArgumentException if {@code field} is not a list field of the owner's type, or
   *     {@code index} is negative, or {@code after} is given for the first item or missing for
   *     another
   */
  public Placement {
    checkNotNull(owner, "owner");
    checkNotNull(field, "field");
    checkArgument(field.type().isList(), "%s is not a list", field);
    checkArgument(field.owner() == owner.type(), "%s is not a field of %s", field, owner.type());
    checkArgument(index >= 0, "index must not be negative: %s", index);
    checkArgument(
        (index == 0) == (after == null), "only the first item has nothing before it: %s", index);
  }
}
