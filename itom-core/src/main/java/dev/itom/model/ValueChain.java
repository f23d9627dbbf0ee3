package dev.itom.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A value chain: an ordered list of {@link Stage stages} that carries work from a need to its
 * value. An operating model has the two core chains, {@linkplain
 * ValueChainKind#REQUIREMENT_TO_VALUE Requirement to Value} and {@linkplain
 * ValueChainKind#ORDER_TO_CASH Order to Cash}, and may have custom ones.
 *
 * <p>Instances are immutable; build one with {@link #builder()} or {@link #of(String, String,
 * ValueChainKind)}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
@SuppressWarnings("immutables:subtype")
public abstract class ValueChain implements Element {
  ValueChain() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the chain with the given id, name and kind and no stages.
   *
   * @param id the id, unique across the model
   * @param name the name
   * @param kind the kind of chain
   * @return the chain
   * @throws NullPointerException if an argument is null
   */
  public static ValueChain of(String id, String name, ValueChainKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.VALUE_CHAIN;
  }

  /**
   * Returns the kind of this chain; in JSON {@code kind}.
   *
   * @return the chain kind
   */
  public abstract ValueChainKind kind();

  /**
   * Returns the stages of this chain, from first to last.
   *
   * @return the stages, possibly empty
   */
  public abstract ImmutableList<Stage> stages();

  /**
   * Returns a copy with the given name.
   *
   * @param name the new name
   * @return a chain equal to this one but for the name
   * @throws NullPointerException if {@code name} is null
   */
  public abstract ValueChain withName(String name);

  /**
   * Returns a copy with the given stages.
   *
   * @param stages the new stages, in order
   * @return a chain equal to this one but for the stages
   * @throws NullPointerException if {@code stages} or one of them is null
   */
  public abstract ValueChain withStages(Iterable<? extends Stage> stages);

  /**
   * Builds a {@link ValueChain}; every setter rejects null, {@link #build()} requires id, name and
   * kind.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableValueChain.Builder {
    Builder() {}
  }
}
