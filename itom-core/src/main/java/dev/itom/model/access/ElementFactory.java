package dev.itom.model.access;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
import dev.itom.model.Alternative;
import dev.itom.model.Artifact;
import dev.itom.model.Assignment;
import dev.itom.model.Consumer;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Direction;
import dev.itom.model.FrameworkReference;
import dev.itom.model.Kpi;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import dev.itom.model.Option;
import dev.itom.model.Pricing;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.Role;
import dev.itom.model.ServiceLevel;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Creates model elements from all their attributes at once, without a builder: for itom's readers,
 * which have every attribute in hand when they create an element. Passing an immutable list or a
 * naturally ordered immutable sorted map keeps it as it is; any other list or map is copied. A null
 * optional attribute is absent.
 *
 * <p>The implementation lives beside the model's immutable classes and installs itself the first
 * time {@link #get()} is called. Not API: see the package.
 */
public interface ElementFactory {
  /**
   * The factory of the model package.
   *
   * @return the factory
   * @throws IllegalStateException if the model package did not install it (a broken class path)
   */
  static ElementFactory get() {
    return Installed.get();
  }

  /**
   * Installs the model package's factory; called once, by the model package.
   *
   * @param factory the factory
   * @throws NullPointerException if {@code factory} is null
   * @throws IllegalStateException if a factory is installed already
   */
  static void install(ElementFactory factory) {
    Installed.install(factory);
  }

  /**
   * Creates a role.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param properties the properties
   * @return the role
   * @throws NullPointerException if a required argument, a key or a value is null
   */
  Role role(String id, String name, @Nullable String description, Map<String, String> properties);

  /**
   * Creates an artifact.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param properties the properties
   * @return the artifact
   * @throws NullPointerException if a required argument, a key or a value is null
   */
  Artifact artifact(
      String id, String name, @Nullable String description, Map<String, String> properties);

  /**
   * Creates a consumer.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param properties the properties
   * @param kind the kind of consumer
   * @return the consumer
   * @throws NullPointerException if a required argument, a key or a value is null
   */
  Consumer consumer(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      ConsumerKind kind);

  /**
   * Creates a stage.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param properties the properties
   * @param owner the owning role's id, or null
   * @param questions the questions the stage answers
   * @param consumes the ids of the artifacts it consumes
   * @param produces the ids of the artifacts it produces
   * @return the stage
   * @throws NullPointerException if a required argument, an item, a key or a value is null
   */
  Stage stage(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      @Nullable String owner,
      List<String> questions,
      List<String> consumes,
      List<String> produces);

  /**
   * Creates a value chain.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param properties the properties
   * @param kind the kind of chain
   * @param stages the stages, in order
   * @return the value chain
   * @throws NullPointerException if a required argument, an item, a key or a value is null
   */
  ValueChain chain(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      ValueChainKind kind,
      List<Stage> stages);

  /**
   * Creates a supporting process.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param properties the properties
   * @param category the process category
   * @param owner the owning role's id, or null
   * @param supports the ids of the elements it supports
   * @param frameworks the framework references
   * @return the process
   * @throws NullPointerException if a required argument, an item, a key or a value is null
   */
  SupportProcess process(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      ProcessCategory category,
      @Nullable String owner,
      List<String> supports,
      List<FrameworkReference> frameworks);

  /**
   * Creates an offering.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param properties the properties
   * @param type product or service
   * @param category the catalog category, or null
   * @param delivery the delivery, or null
   * @param lifecycle the lifecycle state
   * @param owner the owning role's id, or null
   * @param consumers the ids of its consumers
   * @param realizedBy the ids of the elements that realize it
   * @param pricing the pricing, or null
   * @param valueProposition the value proposition, or null
   * @param options the catalog options
   * @param alternatives the alternatives a consumer has
   * @return the offering
   * @throws NullPointerException if a required argument, an item, a key or a value is null
   */
  Offering offering(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      OfferingType type,
      @Nullable String category,
      @Nullable Delivery delivery,
      Lifecycle lifecycle,
      @Nullable String owner,
      List<String> consumers,
      List<String> realizedBy,
      @Nullable Pricing pricing,
      @Nullable String valueProposition,
      List<Option> options,
      List<Alternative> alternatives);

  /**
   * Creates a catalog option.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param properties the properties
   * @param pricing the pricing, or null
   * @param leadTime the lead time, or null
   * @param serviceLevels the service levels
   * @return the option
   * @throws NullPointerException if a required argument, an item, a key or a value is null
   */
  Option option(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      @Nullable Pricing pricing,
      @Nullable String leadTime,
      List<ServiceLevel> serviceLevels);

  /**
   * Creates a KPI.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param properties the properties
   * @param unit the unit, or null
   * @param direction which way is better
   * @param target the target, or null
   * @param baseline the baseline, or null
   * @param measures the ids of the elements it measures
   * @return the KPI
   * @throws NullPointerException if a required argument, an item, a key or a value is null
   */
  Kpi kpi(
      String id,
      String name,
      @Nullable String description,
      Map<String, String> properties,
      @Nullable String unit,
      Direction direction,
      @Nullable BigDecimal target,
      @Nullable BigDecimal baseline,
      List<String> measures);

  /**
   * Creates an alignment.
   *
   * @param from the id it starts from
   * @param to the id it points to
   * @param kind the kind of alignment
   * @param description the description, or null
   * @param properties the properties
   * @return the alignment
   * @throws NullPointerException if a required argument, a key or a value is null
   */
  Alignment alignment(
      String from,
      String to,
      AlignmentKind kind,
      @Nullable String description,
      Map<String, String> properties);

  /**
   * Creates a RACI assignment.
   *
   * @param role the role's id
   * @param target the id of the element it is assigned to
   * @param responsibility the responsibility
   * @param properties the properties
   * @return the assignment
   * @throws NullPointerException if an argument, a key or a value is null
   */
  Assignment assignment(
      String role, String target, Responsibility responsibility, Map<String, String> properties);

  /**
   * Creates a model and checks every invariant, as {@link OperatingModelBuilder#build()} does.
   *
   * @param id the model's id
   * @param name the model's name
   * @param version the version, or null
   * @param description the description, or null
   * @param properties the properties
   * @param roles the roles
   * @param consumers the consumers
   * @param artifacts the artifacts
   * @param valueChains the value chains
   * @param processes the supporting processes
   * @param alignments the alignments
   * @param offerings the offerings
   * @param kpis the KPIs
   * @param assignments the RACI assignments
   * @return the model
   * @throws NullPointerException if a required argument, an item, a key or a value is null
   * @throws dev.itom.model.InvalidModelException listing every violation if the model would break
   *     an invariant
   */
  OperatingModel model(
      String id,
      String name,
      @Nullable String version,
      @Nullable String description,
      Map<String, String> properties,
      List<Role> roles,
      List<Consumer> consumers,
      List<Artifact> artifacts,
      List<ValueChain> valueChains,
      List<SupportProcess> processes,
      List<Alignment> alignments,
      List<Offering> offerings,
      List<Kpi> kpis,
      List<Assignment> assignments);

  /** The installed factory, found by initializing the model package's implementation. */
  final class Installed {
    private static final String IMPLEMENTATION = "dev.itom.model.ModelElements";
    private static volatile @Nullable ElementFactory factory;

    private Installed() {}

    static void install(ElementFactory f) {
      checkNotNull(f, "factory");
      synchronized (Installed.class) {
        checkState(factory == null, "the element factory is installed already");
        factory = f;
      }
    }

    static ElementFactory get() {
      ElementFactory f = factory;
      if (f == null) {
        try {
          Class.forName(IMPLEMENTATION, true, Installed.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("itom-core is incomplete: " + IMPLEMENTATION, e);
        }
        f = factory;
        checkState(f != null, "%s did not install the element factory", IMPLEMENTATION);
      }
      return f;
    }
  }
}
