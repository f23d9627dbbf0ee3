package dev.itom.model;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One option of an {@link Offering} in the service catalog, for example a tier or a package: its
 * {@link #pricing() pricing}, its {@link #leadTime() lead time} (the commitment from order to
 * fulfilment) and the {@link #serviceLevels() service levels} it promises. An option is an element:
 * its id is unique across the model and KPIs may measure it.
 *
 * <p>Instances are immutable; build one with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
@SuppressWarnings("immutables:subtype")
public abstract class Option implements Element {
  Option() {}

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
    return ElementKind.OPTION;
  }

  /**
   * Returns the price of this option.
   *
   * @return the pricing, or empty when none is set
   */
  public abstract Optional<Pricing> pricing();

  /**
   * Returns the lead time as written: an ISO 8601 duration such as {@code P5D} or {@code PT4H},
   * kept as text so that a document writes back byte-identical.
   *
   * @return the lead time, or empty when none is set
   */
  public abstract Optional<String> leadTime();

  /**
   * Returns the service levels this option promises.
   *
   * @return the service levels, possibly empty
   */
  public abstract ImmutableList<ServiceLevel> serviceLevels();

  /**
   * Returns the lead time as a {@link Duration}, when it is well formed and has no years or months
   * (a week is 7 days, a day 24 hours).
   *
   * @return the duration, or empty when there is no lead time, it is not well formed, or it has
   *     years or months
   */
  public Optional<Duration> leadTimeDuration() {
    return leadTime().flatMap(LeadTimes::toDuration);
  }

  /**
   * Builds an {@link Option}; {@link #build()} requires id and name.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableOption.Builder {
    Builder() {}
  }
}
