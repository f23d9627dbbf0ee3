package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fluent builder of one {@link Offering}, obtained inside {@link
 * OperatingModelBuilder#offering(String, String, java.util.function.Consumer)}. An offering is a
 * {@linkplain OfferingType#SERVICE service} in the {@linkplain Lifecycle#ACTIVE active} state
 * unless told otherwise.
 *
 * @since 0.1
 */
public final class OfferingBuilder extends DetailsBuilder<OfferingBuilder> {
  private final String name;
  private OfferingType type = OfferingType.SERVICE;
  private Lifecycle lifecycle = Lifecycle.ACTIVE;
  private @Nullable String category;
  private @Nullable Delivery delivery;
  private @Nullable String owner;
  private final List<String> consumers = new ArrayList<>();
  private final List<String> realizedBy = new ArrayList<>();
  private @Nullable Pricing pricing;
  private @Nullable String valueProposition;
  private final List<Option> options = new ArrayList<>();
  private final List<Alternative> alternatives = new ArrayList<>();

  OfferingBuilder(String id, String name) {
    super(id);
    this.name = checkNotNull(name, "name");
  }

  @Override
  OfferingBuilder self() {
    return this;
  }

  @Override
  String noun() {
    return "offering";
  }

  /**
   * Makes the offering a product (it is a service by default).
   *
   * @return this builder
   */
  public OfferingBuilder product() {
    type = OfferingType.PRODUCT;
    return this;
  }

  /**
   * Makes the offering a service, the default.
   *
   * @return this builder
   */
  public OfferingBuilder service() {
    type = OfferingType.SERVICE;
    return this;
  }

  /**
   * Sets the free-text category, for example {@code collaboration}.
   *
   * @param category the category
   * @return this builder
   * @throws NullPointerException if {@code category} is null
   * @throws IllegalStateException if a category was already set
   */
  public OfferingBuilder category(String category) {
    checkNotNull(category, "category");
    checkState(
        this.category == null,
        "offering \"%s\" already has a category; call category(...) once",
        id);
    this.category = category;
    return this;
  }

  /**
   * Sets how the offering is delivered.
   *
   * @param delivery the delivery, for example {@link Delivery#SAAS}
   * @return this builder
   * @throws NullPointerException if {@code delivery} is null
   * @throws IllegalStateException if a delivery was already set; use {@link Delivery#HYBRID} for a
   *     mix
   */
  public OfferingBuilder delivery(Delivery delivery) {
    checkNotNull(delivery, "delivery");
    checkState(
        this.delivery == null,
        "offering \"%s\" is already delivered as %s; call delivery(...) once, with"
            + " Delivery.HYBRID for a mix",
        id,
        this.delivery);
    this.delivery = delivery;
    return this;
  }

  /**
   * Sets the lifecycle state ({@link Lifecycle#ACTIVE} by default).
   *
   * @param lifecycle the state
   * @return this builder
   * @throws NullPointerException if {@code lifecycle} is null
   */
  public OfferingBuilder lifecycle(Lifecycle lifecycle) {
    this.lifecycle = checkNotNull(lifecycle, "lifecycle");
    return this;
  }

  /**
   * Sets the role that owns the offering.
   *
   * @param roleId the id of a role
   * @return this builder
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalStateException if an owner was already set
   */
  public OfferingBuilder owner(String roleId) {
    checkNotNull(roleId, "roleId");
    checkState(
        owner == null,
        "offering \"%s\" already has the owner \"%s\"; call owner(...) once and give other roles a"
            + " RACI assignment with assign(role, \"%s\", responsibility)",
        id,
        owner,
        id);
    owner = roleId;
    return this;
  }

  /**
   * Adds consumers the offering serves.
   *
   * @param consumerIds ids of consumers; they may be declared later
   * @return this builder
   * @throws NullPointerException if an id is null
   */
  public OfferingBuilder consumers(String... consumerIds) {
    for (String consumerId : consumerIds) {
      consumers.add(checkNotNull(consumerId, "consumerId"));
    }
    return this;
  }

  /**
   * Adds stages that realize the offering.
   *
   * @param stageIds ids of stages; they may be declared later
   * @return this builder
   * @throws NullPointerException if an id is null
   */
  public OfferingBuilder realizedBy(String... stageIds) {
    for (String stageId : stageIds) {
      realizedBy.add(checkNotNull(stageId, "stageId"));
    }
    return this;
  }

  /**
   * Sets the pricing.
   *
   * @param pricing the pricing
   * @return this builder
   * @throws NullPointerException if {@code pricing} is null
   * @throws IllegalStateException if a pricing was already set
   */
  public OfferingBuilder pricing(Pricing pricing) {
    checkNotNull(pricing, "pricing");
    checkState(
        this.pricing == null,
        "offering \"%s\" already has a pricing; an offering has one: call pricing(...) once",
        id);
    checkState(
        options.isEmpty(),
        "offering \"%s\" has options, which carry the prices; give each option its pricing with"
            + " option(id, name, opt -> opt.pricing(...)) instead",
        id);
    this.pricing = pricing;
    return this;
  }

  /**
   * Sets a pricing with an amount in a currency per a unit.
   *
   * @param model the pricing model
   * @param amount the amount, for example {@code new BigDecimal("7.50")}
   * @param currency the ISO 4217 code, for example {@code EUR}
   * @param unit what the amount is per, for example {@code user/month}
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if a pricing was already set
   */
  public OfferingBuilder pricing(
      PricingModel model, BigDecimal amount, String currency, String unit) {
    return pricing(
        Pricing.builder().model(model).amount(amount).currency(currency).unit(unit).build());
  }

  /**
   * Makes the offering free of charge ({@link PricingModel#FREE}, no amount).
   *
   * @return this builder
   * @throws IllegalStateException if a pricing was already set
   */
  public OfferingBuilder free() {
    return pricing(Pricing.of(PricingModel.FREE));
  }

  /**
   * Sets the value proposition: why a consumer should take this offering rather than an
   * alternative.
   *
   * @param valueProposition the value proposition
   * @return this builder
   * @throws NullPointerException if {@code valueProposition} is null
   * @throws IllegalStateException if a value proposition was already set
   */
  public OfferingBuilder valueProposition(String valueProposition) {
    checkNotNull(valueProposition, "valueProposition");
    checkState(
        this.valueProposition == null,
        "offering \"%s\" already has a value proposition; call valueProposition(...) once",
        id);
    this.valueProposition = valueProposition;
    return this;
  }

  /**
   * Adds an option of the service catalog, such as a tier or package, with its own pricing, lead
   * time and service levels.
   *
   * @param id the option id, unique across the model
   * @param name the option name, for example {@code Basic}
   * @param details sets the option's pricing, lead time and service levels
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the offering has a pricing of its own; move it into an option
   */
  public OfferingBuilder option(
      String id, String name, java.util.function.Consumer<OptionBuilder> details) {
    checkNotNull(details, "details");
    checkState(
        pricing == null,
        "offering \"%s\" has a pricing of its own; an offering with options prices each option:"
            + " drop pricing(...) and call opt.pricing(...) inside option(...)",
        this.id);
    OptionBuilder option = new OptionBuilder(id, name);
    details.accept(option);
    options.add(option.build());
    return this;
  }

  /**
   * Adds an alternative a consumer has, such as an external SaaS bought directly.
   *
   * @param name the alternative's name
   * @param details sets the alternative's description and pricing
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public OfferingBuilder alternative(
      String name, java.util.function.Consumer<AlternativeBuilder> details) {
    checkNotNull(details, "details");
    AlternativeBuilder alternative = new AlternativeBuilder(name);
    details.accept(alternative);
    alternatives.add(alternative.build());
    return this;
  }

  /** Returns a pricing of an amount given as a decimal text. */
  static Pricing price(PricingModel model, String amount, String currency, String unit) {
    checkNotNull(model, "model");
    checkNotNull(amount, "amount");
    checkNotNull(currency, "currency");
    checkNotNull(unit, "unit");
    return Pricing.builder()
        .model(model)
        .amount(new BigDecimal(amount))
        .currency(currency)
        .unit(unit)
        .build();
  }

  Offering build() {
    return ModelElements.INSTANCE.offering(
        id,
        name,
        description,
        properties(),
        type,
        category,
        delivery,
        lifecycle,
        owner,
        consumers,
        realizedBy,
        pricing,
        valueProposition,
        options,
        alternatives);
  }
}
