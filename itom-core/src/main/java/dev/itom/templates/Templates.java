package dev.itom.templates;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import dev.itom.model.OperatingModel;
import java.util.Optional;

/**
 * Ready starting models built with the fluent builder.
 *
 * <p>The {@linkplain #referenceModel() reference model} is the two-core operating model of an IT
 * organization that offers enterprise collaboration as SaaS: Requirement to Value and Order to
 * Cash, interconnected by artifacts and alignments, with the governing, enabling and supporting
 * processes around them, consumers, KPIs and RACI decision rights.
 */
public final class Templates {
  /** The name of the {@linkplain #referenceModel() reference model} template: {@value}. */
  public static final String TWO_CORE = "two-core";

  /** The name of the {@linkplain #it4it() IT4IT value streams} template: {@value}. */
  public static final String IT4IT = "it4it";

  /** The name of the {@linkplain #itil4() ITIL 4 service value chain} template: {@value}. */
  public static final String ITIL4 = "itil4";

  private Templates() {}

  /**
   * Returns the names of every template, in order.
   *
   * @return the template names
   */
  public static ImmutableSortedSet<String> names() {
    return ImmutableSortedSet.of(TWO_CORE, IT4IT, ITIL4);
  }

  /**
   * Returns the template with the given name.
   *
   * @param name a template name from {@link #names()}
   * @return the model, or empty if no template has that name
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<OperatingModel> byName(String name) {
    checkNotNull(name, "name");
    return switch (name) {
      case TWO_CORE -> Optional.of(referenceModel());
      case IT4IT -> Optional.of(it4it());
      case ITIL4 -> Optional.of(itil4());
      default -> Optional.empty();
    };
  }

  /**
   * Returns the reference two-core operating model.
   *
   * @return the reference model; every call builds an equal model
   */
  public static OperatingModel referenceModel() {
    return TwoCoreTemplate.build();
  }

  /**
   * Returns a starting model laid out as the four IT4IT value streams: Strategy to Portfolio and
   * Detect to Correct as custom chains, Requirement to Deploy as the Requirement-to-Value chain and
   * Request to Fulfill as the Order-to-Cash chain, joined by the IT4IT data objects they hand over.
   *
   * @return the IT4IT starting model; every call builds an equal model
   */
  public static OperatingModel it4it() {
    return It4itTemplate.build();
  }

  /**
   * Returns a starting model laid out as the ITIL 4 service value chain: its six activities (plan,
   * improve, engage, design and transition, obtain/build, deliver and support) as stages of two
   * value streams, developing a new service (Requirement to Value) and serving a request (Order to
   * Cash), with the ITIL 4 practices that govern, enable and support them.
   *
   * @return the ITIL 4 starting model; every call builds an equal model
   */
  public static OperatingModel itil4() {
    return Itil4Template.build();
  }
}
