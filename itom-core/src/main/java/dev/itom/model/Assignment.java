package dev.itom.model;

import com.google.common.collect.ImmutableSortedMap;
import org.immutables.value.Value;

/**
 * A RACI decision right: a {@link Role} is {@linkplain Responsibility responsible, accountable,
 * consulted or informed} for a target, which is a stage, support process, value chain or offering.
 * An assignment is identified by its role, target and responsibility together.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
public abstract class Assignment {
  Assignment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the assignment of a role to a target.
   *
   * @param role the id of the role
   * @param target the id of a stage, process, chain or offering
   * @param responsibility the RACI responsibility
   * @return the assignment
   * @throws NullPointerException if an argument is null
   */
  public static Assignment of(String role, String target, Responsibility responsibility) {
    return builder().role(role).target(target).responsibility(responsibility).build();
  }

  /**
   * Returns the id of the assigned role.
   *
   * @return a role id
   */
  public abstract String role();

  /**
   * Returns the id of the stage, process, chain or offering the role is assigned to.
   *
   * @return the target's id
   */
  public abstract String target();

  /**
   * Returns the RACI responsibility.
   *
   * @return the responsibility
   */
  public abstract Responsibility responsibility();

  /**
   * Returns the extension properties, keys in natural order.
   *
   * @return the properties, possibly empty
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> properties();

  /**
   * Builds an {@link Assignment}; {@link #build()} requires role, target and responsibility.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableAssignment.Builder {
    Builder() {}
  }
}
