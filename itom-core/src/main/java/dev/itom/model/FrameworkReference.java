package dev.itom.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference from a {@link SupportProcess} to a management framework, for example COBIT 2019
 * objective {@code APO05} "Managed Portfolio" or the ITIL 4 practice "Portfolio management".
 *
 * <p>The frameworks itom knows are {@link #COBIT_2019} and {@link #ITIL_4}; others are allowed.
 *
 * @since 0.1
 */
@Value.Immutable
@ItomStyle
public abstract class FrameworkReference {
  /** The framework name of COBIT 2019: {@value}. */
  public static final String COBIT_2019 = "cobit2019";

  /** The framework name of ITIL 4: {@value}. */
  public static final String ITIL_4 = "itil4";

  FrameworkReference() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a reference without a name.
   *
   * @param framework the framework, for example {@value #COBIT_2019}
   * @param ref the reference within the framework, for example {@code APO05}
   * @return the reference
   * @throws NullPointerException if an argument is null
   */
  public static FrameworkReference of(String framework, String ref) {
    return builder().framework(framework).ref(ref).build();
  }

  /**
   * Returns a reference with a name.
   *
   * @param framework the framework, for example {@value #COBIT_2019}
   * @param ref the reference within the framework, for example {@code APO05}
   * @param name the name of the referenced item, for example {@code Managed Portfolio}
   * @return the reference
   * @throws NullPointerException if an argument is null
   */
  public static FrameworkReference of(String framework, String ref, String name) {
    return builder().framework(framework).ref(ref).name(name).build();
  }

  /**
   * Returns the framework, for example {@value #COBIT_2019} or {@value #ITIL_4}.
   *
   * @return the framework
   */
  public abstract String framework();

  /**
   * Returns the reference within the framework: a COBIT objective code such as {@code APO05}, an
   * ITIL practice such as {@code portfolio-management}.
   *
   * @return the reference
   */
  public abstract String ref();

  /**
   * Returns the name of the referenced item.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Builds a {@link FrameworkReference}; {@link #build()} requires framework and ref.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableFrameworkReference.Builder {
    Builder() {}
  }
}
