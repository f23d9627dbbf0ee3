package dev.itom.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a consumer could do instead of taking an {@link Offering}, for example buy an external SaaS
 * directly: a {@link #name() name}, a {@link #description() description} and its {@link #pricing()
 * pricing} where known.
 *
 * <p>Instances are immutable; build one with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
public abstract class Alternative {
  Alternative() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name, for example {@code External SaaS}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the description.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the pricing of the alternative, where known.
   *
   * @return the pricing, or empty
   */
  public abstract Optional<Pricing> pricing();

  /**
   * Builds an {@link Alternative}; {@link #build()} requires the name.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableAlternative.Builder {
    Builder() {}
  }
}
