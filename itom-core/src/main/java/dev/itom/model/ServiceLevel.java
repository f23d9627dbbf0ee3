package dev.itom.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service level an {@link Option} promises: a {@link #name() name} such as {@code availability},
 * a decimal {@link #target() target} such as {@code 99.9} and an optional {@link #unit() unit} such
 * as {@code %}.
 *
 * <p>Instances are immutable; build one with {@link #of(String, BigDecimal, String)} or {@link
 * #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
public abstract class ServiceLevel {
  ServiceLevel() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a service level with a unit.
   *
   * @param name what is promised, for example {@code availability}
   * @param target the target, kept with its scale
   * @param unit the unit of the target, for example {@code %}
   * @return the service level
   * @throws NullPointerException if an argument is null
   */
  public static ServiceLevel of(String name, BigDecimal target, String unit) {
    return builder().name(name).target(target).unit(unit).build();
  }

  /**
   * Returns what is promised, for example {@code availability}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the target, with the scale it was given.
   *
   * @return the target
   */
  public abstract BigDecimal target();

  /**
   * Returns the unit of the target, for example {@code %} or {@code h}.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  /**
   * Builds a {@link ServiceLevel}; {@link #build()} requires name and target.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableServiceLevel.Builder {
    Builder() {}
  }
}
