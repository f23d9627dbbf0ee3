package dev.itom.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product or service that IT offers to its {@link Consumer consumers}, for example enterprise
 * collaboration delivered as SaaS: its {@link #type() type}, {@link #category() category}, {@link
 * #delivery() delivery}, {@link #lifecycle() lifecycle}, {@link #owner() owner}, the stages that
 * {@link #realizedBy() realize} it and its {@link #pricing() pricing}.
 *
 * <p>Instances are immutable; build one with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
@SuppressWarnings("immutables:subtype")
public abstract class Offering implements Element {
  Offering() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.OFFERING;
  }

  /**
   * Returns whether this is a product or a service.
   *
   * @return the type
   */
  public abstract OfferingType type();

  /**
   * Returns the free-text category, for example {@code collaboration}.
   *
   * @return the category, or empty
   */
  public abstract Optional<String> category();

  /**
   * Returns how this offering is delivered.
   *
   * @return the delivery, or empty when not stated
   */
  public abstract Optional<Delivery> delivery();

  /**
   * Returns the lifecycle state.
   *
   * @return the lifecycle state
   */
  public abstract Lifecycle lifecycle();

  /**
   * Returns the id of the {@link Role} that owns this offering.
   *
   * @return the owner's id, or empty
   */
  public abstract Optional<String> owner();

  /**
   * Returns the ids of the consumers this offering serves.
   *
   * @return consumer ids, possibly empty
   */
  public abstract ImmutableList<String> consumers();

  /**
   * Returns the ids of the stages that realize this offering.
   *
   * @return stage ids, possibly empty
   */
  public abstract ImmutableList<String> realizedBy();

  /**
   * Returns the pricing.
   *
   * @return the pricing, or empty when none is set
   */
  public abstract Optional<Pricing> pricing();

  /**
   * Returns why a consumer should take this offering rather than an {@link #alternatives()
   * alternative}.
   *
   * @return the value proposition, or empty
   */
  public abstract Optional<String> valueProposition();

  /**
   * Returns the options of the service catalog, such as tiers or packages, each with its own
   * pricing, lead time and service levels. An offering has either options or a single {@link
   * #pricing() pricing}, never both; see {@link #effectiveOptions()} for one view of either.
   *
   * @return the options, possibly empty
   */
  public abstract ImmutableList<Option> options();

  /**
   * Returns what a consumer could take instead, such as an external SaaS bought directly.
   *
   * @return the alternatives, possibly empty
   */
  public abstract ImmutableList<Alternative> alternatives();

  /**
   * Returns the options a consumer can choose from: the {@link #options() options} when there are
   * any; else, when the offering has a single {@link #pricing() pricing}, one implied default
   * option with the offering's id, name and pricing (not an element of the model: {@code
   * model.element(id)} finds the offering); else none.
   *
   * @return the options, possibly empty
   */
  public final ImmutableList<Option> effectiveOptions() {
    if (!options().isEmpty() || pricing().isEmpty()) {
      return options();
    }
    return ImmutableList.of(Option.builder().id(id()).name(name()).pricing(pricing()).build());
  }

  /**
   * Returns a copy with the given name.
   *
   * @param name the new name
   * @return an offering equal to this one but for the name
   * @throws NullPointerException if {@code name} is null
   */
  public abstract Offering withName(String name);

  /**
   * Returns a copy with the given pricing.
   *
   * @param pricing the new pricing
   * @return an offering equal to this one but for the pricing
   * @throws NullPointerException if {@code pricing} is null
   */
  public abstract Offering withPricing(Pricing pricing);

  /**
   * Returns a copy in the given lifecycle state.
   *
   * @param lifecycle the new state
   * @return an offering equal to this one but for the lifecycle
   * @throws NullPointerException if {@code lifecycle} is null
   */
  public abstract Offering withLifecycle(Lifecycle lifecycle);

  /**
   * Builds an {@link Offering}; {@link #build()} requires id, name, type and lifecycle.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableOffering.Builder {
    Builder() {}
  }
}
