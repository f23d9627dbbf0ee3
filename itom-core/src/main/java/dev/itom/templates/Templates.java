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
 * processes around them, consumers, KPIs and RACI decision rights. {@link #it4it()} and {@link
 * #itil4()} lay a model out as the IT4IT value streams and the ITIL 4 service value chain, and
 * {@link #sample(int)} generates a realistic model of any size.
 *
 * @since 0.1
 */
public final class Templates {
  /** The name of the {@linkplain #referenceModel() reference model} template: {@value}. */
  public static final String TWO_CORE = "two-core";

  /** The name of the {@linkplain #it4it() IT4IT value streams} template: {@value}. */
  public static final String IT4IT = "it4it";

  /** The name of the {@linkplain #itil4() ITIL 4 service value chain} template: {@value}. */
  public static final String ITIL4 = "itil4";

  /** The fewest elements a {@linkplain #sample(int) sample model} can be asked for: {@value}. */
  public static final int MIN_SAMPLE_ELEMENTS = 20;

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

  /**
   * Returns a generated sample model of {@code elements} identified elements ({@link
   * OperatingModel#elementCount()}), for trying itom at scale: load tests, benchmarks, a large file
   * to look at. Every kind of element is there in realistic proportions: per hundred elements 5
   * roles, 4 consumers, 12 artifacts, 3 value chains, 40 stages, 10 support processes and 12
   * offerings (each with pricing), each count rounded down, and the rest KPIs (about 14); plus an
   * alignment per two stages, one RACI assignment per stage and per process, and properties on
   * every third role and stage. Small models keep a minimum of each kind (two roles, both core
   * chains, three processes, ...), so the smallest, 20, has 21 elements. The first two chains are
   * the two core chains, the others custom chains. Ids and names are numbered ({@code role-0},
   * {@code stage-12}); owners, references, prices and KPI values are drawn from a fixed seed, so
   * the same size always gives an equal model. A sample holds every invariant but is data for
   * scale, not a model to start from: the standard rules report errors in it (its processes have a
   * responsible role but no accountable one).
   *
   * @param elements the number of identified elements, at least {@value #MIN_SAMPLE_ELEMENTS}
   * @return the sample model, with id {@code sample-<elements>}; every call with the same size
   *     builds an equal model
   * @throws IllegalArgumentException if {@code elements} is below {@value #MIN_SAMPLE_ELEMENTS}
   */
  public static OperatingModel sample(int elements) {
    return SampleTemplate.build(elements);
  }
}
