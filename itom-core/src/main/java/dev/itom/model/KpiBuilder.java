package dev.itom.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fluent builder of one {@link Kpi}, obtained inside {@link OperatingModelBuilder#kpi(String,
 * String, java.util.function.Consumer)}. Higher values are better unless told otherwise.
 *
 * @since 0.1
 */
public final class KpiBuilder extends DetailsBuilder<KpiBuilder> {
  private final String name;
  private Direction direction = Direction.HIGHER_IS_BETTER;
  private @Nullable String unit;
  private @Nullable BigDecimal target;
  private @Nullable BigDecimal baseline;
  private final List<String> measures = new ArrayList<>();

  KpiBuilder(String id, String name) {
    super(id);
    this.name = checkNotNull(name, "name");
  }

  @Override
  KpiBuilder self() {
    return this;
  }

  @Override
  String noun() {
    return "KPI";
  }

  /**
   * Sets the unit of the value, for example {@code %} or {@code days}.
   *
   * @param unit the unit
   * @return this builder
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalStateException if a unit was already set
   */
  public KpiBuilder unit(String unit) {
    checkNotNull(unit, "unit");
    checkState(
        this.unit == null,
        "KPI \"%s\" already has the unit \"%s\"; call unit(...) once",
        id,
        this.unit);
    this.unit = unit;
    return this;
  }

  /**
   * Declares that higher values are better (the default).
   *
   * @return this builder
   */
  public KpiBuilder higherIsBetter() {
    direction = Direction.HIGHER_IS_BETTER;
    return this;
  }

  /**
   * Declares that lower values are better.
   *
   * @return this builder
   */
  public KpiBuilder lowerIsBetter() {
    direction = Direction.LOWER_IS_BETTER;
    return this;
  }

  /**
   * Sets the target value.
   *
   * @param target the target, for example {@code new BigDecimal("95")}
   * @return this builder
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalStateException if a target was already set
   */
  public KpiBuilder target(BigDecimal target) {
    checkNotNull(target, "target");
    checkState(
        this.target == null,
        "KPI \"%s\" already has the target %s; call target(...) once",
        id,
        this.target);
    this.target = target;
    return this;
  }

  /**
   * Sets the target value from its decimal text.
   *
   * @param target the target, for example {@code "95.5"}
   * @return this builder
   * @throws NullPointerException if {@code target} is null
   * @throws NumberFormatException if {@code target} is not a decimal number
   * @throws IllegalStateException if a target was already set
   */
  public KpiBuilder target(String target) {
    return target(new BigDecimal(checkNotNull(target, "target")));
  }

  /**
   * Sets the baseline value.
   *
   * @param baseline the baseline
   * @return this builder
   * @throws NullPointerException if {@code baseline} is null
   * @throws IllegalStateException if a baseline was already set
   */
  public KpiBuilder baseline(BigDecimal baseline) {
    checkNotNull(baseline, "baseline");
    checkState(
        this.baseline == null,
        "KPI \"%s\" already has the baseline %s; call baseline(...) once",
        id,
        this.baseline);
    this.baseline = baseline;
    return this;
  }

  /**
   * Sets the baseline value from its decimal text.
   *
   * @param baseline the baseline, for example {@code "80"}
   * @return this builder
   * @throws NullPointerException if {@code baseline} is null
   * @throws NumberFormatException if {@code baseline} is not a decimal number
   * @throws IllegalStateException if a baseline was already set
   */
  public KpiBuilder baseline(String baseline) {
    return baseline(new BigDecimal(checkNotNull(baseline, "baseline")));
  }

  /**
   * Adds elements this KPI measures.
   *
   * @param elementIds ids of chains, stages, processes, offerings or other elements; they may be
   *     declared later
   * @return this builder
   * @throws NullPointerException if an id is null
   */
  public KpiBuilder measures(String... elementIds) {
    for (String elementId : elementIds) {
      measures.add(checkNotNull(elementId, "elementId"));
    }
    return this;
  }

  Kpi build() {
    return ModelElements.INSTANCE.kpi(
        id, name, description, properties(), unit, direction, target, baseline, measures);
  }
}
