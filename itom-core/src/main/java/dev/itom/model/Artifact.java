package dev.itom.model;

import org.immutables.value.Value;

/**
 * Information that flows between stages: demand, requirement, scope agreement, release, service
 * offer, order, invoice. Stages {@link Stage#consumes() consume} and {@link Stage#produces()
 * produce} artifacts.
 *
 * <p>Instances are immutable; build one with {@link #builder()} or {@link #of(String, String)}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
public abstract class Artifact implements Element {
  Artifact() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the artifact with the given id and name and nothing else.
   *
   * @param id the id, unique across the model
   * @param name the name
   * @return the artifact
   * @throws NullPointerException if an argument is null
   */
  public static Artifact of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.ARTIFACT;
  }

  /**
   * Returns a copy with the given name.
   *
   * @param name the new name
   * @return a artifact equal to this one but for the name
   * @throws NullPointerException if {@code name} is null
   */
  public abstract Artifact withName(String name);

  /**
   * Returns a copy with the given description.
   *
   * @param description the new description
   * @return a artifact equal to this one but for the description
   * @throws NullPointerException if {@code description} is null
   */
  public abstract Artifact withDescription(String description);

  /**
   * Builds a {@link Artifact}; every setter rejects null, {@link #build()} requires id and name.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableArtifact.Builder {
    Builder() {}
  }
}
