package dev.itom.model;

import org.immutables.value.Value;

/**
 * A consumer of IT's products and services: a business unit, customer, partner or employee group.
 * {@link Offering Offerings} name the consumers they serve.
 *
 * <p>Instances are immutable; build one with {@link #builder()} or {@link #of(String, String,
 * ConsumerKind)}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
@SuppressWarnings("immutables:subtype")
public abstract class Consumer implements Element {
  Consumer() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the consumer with the given id, name and kind and nothing else.
   *
   * @param id the id, unique across the model
   * @param name the name
   * @param kind the kind of consumer
   * @return the consumer
   * @throws NullPointerException if an argument is null
   */
  public static Consumer of(String id, String name, ConsumerKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /**
   * Returns what kind of consumer this is; in JSON {@code kind}.
   *
   * @return the consumer kind
   */
  public abstract ConsumerKind kind();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.CONSUMER;
  }

  /**
   * Returns a copy with the given name.
   *
   * @param name the new name
   * @return a consumer equal to this one but for the name
   * @throws NullPointerException if {@code name} is null
   */
  public abstract Consumer withName(String name);

  /**
   * Builds a {@link Consumer}; every setter rejects null, {@link #build()} requires id, name and
   * kind.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableConsumer.Builder {
    Builder() {}
  }
}
