package dev.itom.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;

/**
 * A model read from a document, with the warnings the reader gave on the way (in lenient mode, one
 * per unknown field it skipped).
 *
 * @since 0.1
 */
public final class ReadResult {
  private final OperatingModel model;
  private final ImmutableList<Problem> warnings;

  private ReadResult(OperatingModel model, ImmutableList<Problem> warnings) {
    this.model = model;
    this.warnings = warnings;
  }

  /**
   * Creates a result.
   *
   * @param model the model read
   * @param warnings the warnings, possibly empty
   * @return the result
   * @throws NullPointerException if an argument or a warning is null
   */
  public static ReadResult of(OperatingModel model, Iterable<Problem> warnings) {
    return new ReadResult(checkNotNull(model, "model"), ImmutableList.copyOf(warnings));
  }

  /**
   * Returns the model read; it satisfies every invariant.
   *
   * @return the model
   */
  public OperatingModel model() {
    return model;
  }

  /**
   * Returns the warnings, in document order; empty when the document was read strictly.
   *
   * @return the warnings
   */
  public ImmutableList<Problem> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "ReadResult{model=" + model.id() + ", warnings=" + warnings + "}";
  }
}
