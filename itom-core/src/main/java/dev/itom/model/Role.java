package dev.itom.model;

import org.immutables.value.Value;

/**
 * A role that does work in IT: portfolio manager, business relationship manager, service owner, and
 * so on. Roles own stages, processes and offerings, and hold RACI {@link Assignment assignments}.
 *
 * <p>Instances are immutable; build one with {@link #builder()} or {@link #of(String, String)}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
public abstract class Role implements Element {
  Role() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the role with the given id and name and nothing else.
   *
   * @param id the id, unique across the model
   * @param name the name
   * @return the role
   * @throws NullPointerException if an argument is null
   */
  public static Role of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.ROLE;
  }

  /**
   * Returns a copy with the given name.
   *
   * @param name the new name
   * @return a role equal to this one but for the name
   * @throws NullPointerException if {@code name} is null
   */
  public abstract Role withName(String name);

  /**
   * Returns a copy with the given description.
   *
   * @param description the new description
   * @return a role equal to this one but for the description
   * @throws NullPointerException if {@code description} is null
   */
  public abstract Role withDescription(String description);

  /**
   * Builds a {@link Role}; every setter rejects null, {@link #build()} requires id and name.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }
}
