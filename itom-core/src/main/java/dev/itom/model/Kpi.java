package dev.itom.model;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key performance indicator that measures the value of elements of the model: its {@link #unit()
 * unit}, {@link #direction() direction}, {@link #target() target}, {@link #baseline() baseline} and
 * the ids of the elements it {@link #measures() measures}.
 *
 * <p>Instances are immutable; build one with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
@SuppressWarnings("immutables:subtype")
public abstract class Kpi implements Element {
  Kpi() {}

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
    return ElementKind.KPI;
  }

  /**
   * Returns the unit of the measured value, for example {@code %} or {@code days}.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  /**
   * Returns which direction of the value is an improvement.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Returns the target value.
   *
   * @return the target, or empty when none is set
   */
  public abstract Optional<BigDecimal> target();

  /**
   * Returns the baseline value the target improves on.
   *
   * @return the baseline, or empty
   */
  public abstract Optional<BigDecimal> baseline();

  /**
   * Returns the ids of the elements this KPI measures: chains, stages, processes, offerings or any
   * other element.
   *
   * @return element ids, possibly empty
   */
  public abstract ImmutableList<String> measures();

  /**
   * Returns a copy with the given name.
   *
   * @param name the new name
   * @return a KPI equal to this one but for the name
   * @throws NullPointerException if {@code name} is null
   */
  public abstract Kpi withName(String name);

  /**
   * Returns a copy with the given target.
   *
   * @param target the new target
   * @return a KPI equal to this one but for the target
   * @throws NullPointerException if {@code target} is null
   */
  public abstract Kpi withTarget(BigDecimal target);

  /**
   * Builds a {@link Kpi}; {@link #build()} requires id, name and direction.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableKpi.Builder {
    Builder() {}
  }
}
