package dev.itom.archimate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;

/**
 * What an exchange file reads to: the model, and a warning for each element, relationship, view or
 * property itom could not hold and left out, each named by identifier, type and name.
 *
 * @since 0.1
 */
public final class ArchimateImport {
  private final OperatingModel model;
  private final ImmutableList<ArchimateProblem> warnings;

  ArchimateImport(OperatingModel model, ImmutableList<ArchimateProblem> warnings) {
    this.model = checkNotNull(model, "model");
    this.warnings = checkNotNull(warnings, "warnings");
  }

  /**
   * Returns the model read.
   *
   * @return the model
   */
  public OperatingModel model() {
    return model;
  }

  /**
   * Returns what was left out, in document order.
   *
   * @return the warnings, possibly empty
   */
  public ImmutableList<ArchimateProblem> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "ArchimateImport[" + model.id() + ", " + warnings.size() + " warnings]";
  }
}
