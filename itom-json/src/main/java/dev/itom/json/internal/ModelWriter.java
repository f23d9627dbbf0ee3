package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
import dev.itom.model.Artifact;
import dev.itom.model.Assignment;
import dev.itom.model.Consumer;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Direction;
import dev.itom.model.Element;
import dev.itom.model.FrameworkReference;
import dev.itom.model.Kpi;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import dev.itom.rules.Finding;
import dev.itom.rules.Report;
import dev.itom.rules.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes the {@code itom/1} format with a Jackson {@link JsonGenerator}, in canonical order: fixed
 * field order, lists in model order, map keys sorted, empty lists, maps and absent optionals left
 * out. Stateless; every method may be called from any thread.
 */
public final class ModelWriter {
  private ModelWriter() {}

  /** The value of the {@code format} field of a model document: {@value}. */
  static final String FORMAT = "itom/1";

  /** The value of the {@code format} field of a report document: {@value}. */
  static final String REPORT_FORMAT = "itom-report/1";

  private static final SerializedString F_FORMAT = new SerializedString("format");
  private static final SerializedString V_FORMAT = new SerializedString(FORMAT);
  private static final SerializedString V_REPORT_FORMAT = new SerializedString(REPORT_FORMAT);
  private static final SerializedString F_ID = new SerializedString("id");
  private static final SerializedString F_NAME = new SerializedString("name");
  private static final SerializedString F_VERSION = new SerializedString("version");
  private static final SerializedString F_DESCRIPTION = new SerializedString("description");
  private static final SerializedString F_PROPERTIES = new SerializedString("properties");
  private static final SerializedString F_ROLES = new SerializedString("roles");
  private static final SerializedString F_CONSUMERS = new SerializedString("consumers");
  private static final SerializedString F_ARTIFACTS = new SerializedString("artifacts");
  private static final SerializedString F_VALUE_CHAINS = new SerializedString("valueChains");
  private static final SerializedString F_PROCESSES = new SerializedString("processes");
  private static final SerializedString F_ALIGNMENTS = new SerializedString("alignments");
  private static final SerializedString F_OFFERINGS = new SerializedString("offerings");
  private static final SerializedString F_KPIS = new SerializedString("kpis");
  private static final SerializedString F_ASSIGNMENTS = new SerializedString("assignments");
  private static final SerializedString F_KIND = new SerializedString("kind");
  private static final SerializedString F_STAGES = new SerializedString("stages");
  private static final SerializedString F_OWNER = new SerializedString("owner");
  private static final SerializedString F_QUESTIONS = new SerializedString("questions");
  private static final SerializedString F_CONSUMES = new SerializedString("consumes");
  private static final SerializedString F_PRODUCES = new SerializedString("produces");
  private static final SerializedString F_CATEGORY = new SerializedString("category");
  private static final SerializedString F_SUPPORTS = new SerializedString("supports");
  private static final SerializedString F_FRAMEWORKS = new SerializedString("frameworks");
  private static final SerializedString F_FRAMEWORK = new SerializedString("framework");
  private static final SerializedString F_REF = new SerializedString("ref");
  private static final SerializedString F_FROM = new SerializedString("from");
  private static final SerializedString F_TO = new SerializedString("to");
  private static final SerializedString F_TYPE = new SerializedString("type");
  private static final SerializedString F_DELIVERY = new SerializedString("delivery");
  private static final SerializedString F_LIFECYCLE = new SerializedString("lifecycle");
  private static final SerializedString F_REALIZED_BY = new SerializedString("realizedBy");
  private static final SerializedString F_PRICING = new SerializedString("pricing");
  private static final SerializedString F_MODEL = new SerializedString("model");
  private static final SerializedString F_AMOUNT = new SerializedString("amount");
  private static final SerializedString F_CURRENCY = new SerializedString("currency");
  private static final SerializedString F_UNIT = new SerializedString("unit");
  private static final SerializedString F_DIRECTION = new SerializedString("direction");
  private static final SerializedString F_TARGET = new SerializedString("target");
  private static final SerializedString F_BASELINE = new SerializedString("baseline");
  private static final SerializedString F_MEASURES = new SerializedString("measures");
  private static final SerializedString F_ROLE = new SerializedString("role");
  private static final SerializedString F_RESPONSIBILITY = new SerializedString("responsibility");
  private static final SerializedString F_COUNTS = new SerializedString("counts");
  private static final SerializedString F_FINDINGS = new SerializedString("findings");
  private static final SerializedString F_RULE = new SerializedString("rule");
  private static final SerializedString F_SEVERITY = new SerializedString("severity");
  private static final SerializedString F_ELEMENT = new SerializedString("element");
  private static final SerializedString F_PATH = new SerializedString("path");
  private static final SerializedString F_MESSAGE = new SerializedString("message");

  private static <E extends Enum<E>> Map<E, SerializedString> codes(
      E[] constants, Function<E, String> code) {
    EnumMap<E, SerializedString> out = new EnumMap<>(constants[0].getDeclaringClass());
    for (E constant : constants) {
      out.put(constant, new SerializedString(code.apply(constant)));
    }
    return Collections.unmodifiableMap(out);
  }

  private static <E extends Enum<E>> SerializedString code(
      Map<E, SerializedString> codes, E constant) {
    return Objects.requireNonNull(codes.get(constant), "code");
  }

  private static final Map<ConsumerKind, SerializedString> CONSUMER_KINDS =
      codes(ConsumerKind.values(), ConsumerKind::code);
  private static final Map<ValueChainKind, SerializedString> CHAIN_KINDS =
      codes(ValueChainKind.values(), ValueChainKind::code);
  private static final Map<ProcessCategory, SerializedString> CATEGORIES =
      codes(ProcessCategory.values(), ProcessCategory::code);
  private static final Map<AlignmentKind, SerializedString> ALIGNMENT_KINDS =
      codes(AlignmentKind.values(), AlignmentKind::code);
  private static final Map<OfferingType, SerializedString> OFFERING_TYPES =
      codes(OfferingType.values(), OfferingType::code);
  private static final Map<Delivery, SerializedString> DELIVERIES =
      codes(Delivery.values(), Delivery::code);
  private static final Map<Lifecycle, SerializedString> LIFECYCLES =
      codes(Lifecycle.values(), Lifecycle::code);
  private static final Map<PricingModel, SerializedString> PRICING_MODELS =
      codes(PricingModel.values(), PricingModel::code);
  private static final Map<Direction, SerializedString> DIRECTIONS =
      codes(Direction.values(), Direction::code);
  private static final Map<Responsibility, SerializedString> RESPONSIBILITIES =
      codes(Responsibility.values(), Responsibility::code);
  private static final Map<Severity, SerializedString> SEVERITIES =
      codes(Severity.values(), Severity::code);

  // ---- helpers -------------------------------------------------------------------------------

  /** Writes an optional field; callers unwrap with {@code orElse(null)} so no Optional escapes. */
  private static void optionalString(
      JsonGenerator g, SerializableString field, @Nullable String value) throws IOException {
    if (value != null) {
      g.writeFieldName(field);
      g.writeString(value);
    }
  }

  private static void string(JsonGenerator g, SerializableString field, String value)
      throws IOException {
    g.writeFieldName(field);
    g.writeString(value);
  }

  private static void decimal(JsonGenerator g, SerializableString field, @Nullable BigDecimal value)
      throws IOException {
    if (value != null) {
      g.writeFieldName(field);
      g.writeNumber(value);
    }
  }

  private static void strings(JsonGenerator g, SerializableString field, List<String> values)
      throws IOException {
    int size = values.size();
    if (size == 0) {
      return;
    }
    g.writeFieldName(field);
    g.writeStartArray(values, size);
    for (int i = 0; i < size; i++) {
      g.writeString(values.get(i));
    }
    g.writeEndArray();
  }

  private static void properties(JsonGenerator g, ImmutableSortedMap<String, String> properties)
      throws IOException {
    if (properties.isEmpty()) {
      return;
    }
    g.writeFieldName(F_PROPERTIES);
    g.writeStartObject(properties);
    // the model keeps properties in an ImmutableSortedMap in natural order: canonical already
    ImmutableList<String> keys = properties.keySet().asList();
    ImmutableList<String> values = properties.values().asList();
    for (int i = 0; i < keys.size(); i++) {
      g.writeFieldName(keys.get(i));
      g.writeString(values.get(i));
    }
    g.writeEndObject();
  }

  private static void common(JsonGenerator g, Element element) throws IOException {
    string(g, F_ID, element.id());
    string(g, F_NAME, element.name());
    optionalString(g, F_DESCRIPTION, element.description().orElse(null));
    properties(g, element.properties());
  }

  @FunctionalInterface
  private interface ItemWriter<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  private static <T> void list(
      JsonGenerator g, SerializableString field, List<T> items, ItemWriter<T> writer)
      throws IOException {
    int size = items.size();
    if (size == 0) {
      return;
    }
    g.writeFieldName(field);
    g.writeStartArray(items, size);
    for (int i = 0; i < size; i++) {
      writer.write(g, items.get(i));
    }
    g.writeEndArray();
  }

  // ---- the model -----------------------------------------------------------------------------

  /**
   * Writes a whole model as one {@code itom/1} object, {@code format} first.
   *
   * @param g the generator
   * @param model the model
   * @throws IOException if the generator fails
   */
  public static void writeModel(JsonGenerator g, OperatingModel model) throws IOException {
    g.writeStartObject(model);
    g.writeFieldName(F_FORMAT);
    g.writeString(V_FORMAT);
    string(g, F_ID, model.id());
    string(g, F_NAME, model.name());
    optionalString(g, F_VERSION, model.version().orElse(null));
    optionalString(g, F_DESCRIPTION, model.description().orElse(null));
    properties(g, model.properties());
    list(g, F_ROLES, model.roles(), ModelWriter::writeRole);
    list(g, F_CONSUMERS, model.consumers(), ModelWriter::writeConsumer);
    list(g, F_ARTIFACTS, model.artifacts(), ModelWriter::writeArtifact);
    list(g, F_VALUE_CHAINS, model.valueChains(), ModelWriter::writeValueChain);
    list(g, F_PROCESSES, model.processes(), ModelWriter::writeProcess);
    list(g, F_ALIGNMENTS, model.alignments(), ModelWriter::writeAlignment);
    list(g, F_OFFERINGS, model.offerings(), ModelWriter::writeOffering);
    list(g, F_KPIS, model.kpis(), ModelWriter::writeKpi);
    list(g, F_ASSIGNMENTS, model.assignments(), ModelWriter::writeAssignment);
    g.writeEndObject();
  }

  /**
   * Writes a role.
   *
   * @param g the generator
   * @param role the role
   * @throws IOException if the generator fails
   */
  static void writeRole(JsonGenerator g, Role role) throws IOException {
    g.writeStartObject(role);
    common(g, role);
    g.writeEndObject();
  }

  /**
   * Writes a consumer.
   *
   * @param g the generator
   * @param consumer the consumer
   * @throws IOException if the generator fails
   */
  static void writeConsumer(JsonGenerator g, Consumer consumer) throws IOException {
    g.writeStartObject(consumer);
    common(g, consumer);
    g.writeFieldName(F_KIND);
    g.writeString(code(CONSUMER_KINDS, consumer.kind()));
    g.writeEndObject();
  }

  /**
   * Writes an artifact.
   *
   * @param g the generator
   * @param artifact the artifact
   * @throws IOException if the generator fails
   */
  static void writeArtifact(JsonGenerator g, Artifact artifact) throws IOException {
    g.writeStartObject(artifact);
    common(g, artifact);
    g.writeEndObject();
  }

  /**
   * Writes a value chain with its stages.
   *
   * @param g the generator
   * @param chain the chain
   * @throws IOException if the generator fails
   */
  static void writeValueChain(JsonGenerator g, ValueChain chain) throws IOException {
    g.writeStartObject(chain);
    common(g, chain);
    g.writeFieldName(F_KIND);
    g.writeString(code(CHAIN_KINDS, chain.kind()));
    list(g, F_STAGES, chain.stages(), ModelWriter::writeStage);
    g.writeEndObject();
  }

  /**
   * Writes a stage.
   *
   * @param g the generator
   * @param stage the stage
   * @throws IOException if the generator fails
   */
  static void writeStage(JsonGenerator g, Stage stage) throws IOException {
    g.writeStartObject(stage);
    common(g, stage);
    optionalString(g, F_OWNER, stage.owner().orElse(null));
    strings(g, F_QUESTIONS, stage.questions());
    strings(g, F_CONSUMES, stage.consumes());
    strings(g, F_PRODUCES, stage.produces());
    g.writeEndObject();
  }

  /**
   * Writes a support process.
   *
   * @param g the generator
   * @param process the process
   * @throws IOException if the generator fails
   */
  static void writeProcess(JsonGenerator g, SupportProcess process) throws IOException {
    g.writeStartObject(process);
    common(g, process);
    g.writeFieldName(F_CATEGORY);
    g.writeString(code(CATEGORIES, process.category()));
    optionalString(g, F_OWNER, process.owner().orElse(null));
    strings(g, F_SUPPORTS, process.supports());
    list(g, F_FRAMEWORKS, process.frameworks(), ModelWriter::writeFramework);
    g.writeEndObject();
  }

  /**
   * Writes a framework reference.
   *
   * @param g the generator
   * @param reference the reference
   * @throws IOException if the generator fails
   */
  static void writeFramework(JsonGenerator g, FrameworkReference reference) throws IOException {
    g.writeStartObject(reference);
    string(g, F_FRAMEWORK, reference.framework());
    string(g, F_REF, reference.ref());
    optionalString(g, F_NAME, reference.name().orElse(null));
    g.writeEndObject();
  }

  /**
   * Writes an alignment.
   *
   * @param g the generator
   * @param alignment the alignment
   * @throws IOException if the generator fails
   */
  static void writeAlignment(JsonGenerator g, Alignment alignment) throws IOException {
    g.writeStartObject(alignment);
    string(g, F_FROM, alignment.from());
    string(g, F_TO, alignment.to());
    g.writeFieldName(F_KIND);
    g.writeString(code(ALIGNMENT_KINDS, alignment.kind()));
    optionalString(g, F_DESCRIPTION, alignment.description().orElse(null));
    properties(g, alignment.properties());
    g.writeEndObject();
  }

  /**
   * Writes an offering.
   *
   * @param g the generator
   * @param offering the offering
   * @throws IOException if the generator fails
   */
  static void writeOffering(JsonGenerator g, Offering offering) throws IOException {
    g.writeStartObject(offering);
    common(g, offering);
    g.writeFieldName(F_TYPE);
    g.writeString(code(OFFERING_TYPES, offering.type()));
    optionalString(g, F_CATEGORY, offering.category().orElse(null));
    if (offering.delivery().isPresent()) {
      g.writeFieldName(F_DELIVERY);
      g.writeString(code(DELIVERIES, offering.delivery().get()));
    }
    g.writeFieldName(F_LIFECYCLE);
    g.writeString(code(LIFECYCLES, offering.lifecycle()));
    optionalString(g, F_OWNER, offering.owner().orElse(null));
    strings(g, F_CONSUMERS, offering.consumers());
    strings(g, F_REALIZED_BY, offering.realizedBy());
    if (offering.pricing().isPresent()) {
      g.writeFieldName(F_PRICING);
      writePricing(g, offering.pricing().get());
    }
    g.writeEndObject();
  }

  /**
   * Writes a pricing.
   *
   * @param g the generator
   * @param pricing the pricing
   * @throws IOException if the generator fails
   */
  static void writePricing(JsonGenerator g, Pricing pricing) throws IOException {
    g.writeStartObject(pricing);
    g.writeFieldName(F_MODEL);
    g.writeString(code(PRICING_MODELS, pricing.model()));
    decimal(g, F_AMOUNT, pricing.amount().orElse(null));
    optionalString(g, F_CURRENCY, pricing.currency().orElse(null));
    optionalString(g, F_UNIT, pricing.unit().orElse(null));
    g.writeEndObject();
  }

  /**
   * Writes a KPI.
   *
   * @param g the generator
   * @param kpi the KPI
   * @throws IOException if the generator fails
   */
  static void writeKpi(JsonGenerator g, Kpi kpi) throws IOException {
    g.writeStartObject(kpi);
    common(g, kpi);
    optionalString(g, F_UNIT, kpi.unit().orElse(null));
    g.writeFieldName(F_DIRECTION);
    g.writeString(code(DIRECTIONS, kpi.direction()));
    decimal(g, F_TARGET, kpi.target().orElse(null));
    decimal(g, F_BASELINE, kpi.baseline().orElse(null));
    strings(g, F_MEASURES, kpi.measures());
    g.writeEndObject();
  }

  /**
   * Writes a RACI assignment.
   *
   * @param g the generator
   * @param assignment the assignment
   * @throws IOException if the generator fails
   */
  static void writeAssignment(JsonGenerator g, Assignment assignment) throws IOException {
    g.writeStartObject(assignment);
    string(g, F_ROLE, assignment.role());
    string(g, F_TARGET, assignment.target());
    g.writeFieldName(F_RESPONSIBILITY);
    g.writeString(code(RESPONSIBILITIES, assignment.responsibility()));
    properties(g, assignment.properties());
    g.writeEndObject();
  }

  // ---- reports -------------------------------------------------------------------------------

  /**
   * Writes a rule report: {@code format}, {@code counts} per severity, then the findings.
   *
   * @param g the generator
   * @param report the report
   * @throws IOException if the generator fails
   */
  public static void writeReport(JsonGenerator g, Report report) throws IOException {
    g.writeStartObject(report);
    g.writeFieldName(F_FORMAT);
    g.writeString(V_REPORT_FORMAT);
    g.writeFieldName(F_COUNTS);
    g.writeStartObject();
    for (Severity severity : Severity.values()) {
      g.writeFieldName(code(SEVERITIES, severity));
      g.writeNumber(report.count(severity));
    }
    g.writeEndObject();
    g.writeFieldName(F_FINDINGS);
    List<Finding> findings = report.findings();
    g.writeStartArray(findings, findings.size());
    for (Finding finding : findings) {
      writeFinding(g, finding);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes one finding of a rule: {@code rule}, {@code severity}, {@code element} (when the finding
   * is about one element), {@code path}, {@code message}.
   *
   * @param g the generator
   * @param finding the finding
   * @throws IOException if the generator fails
   */
  static void writeFinding(JsonGenerator g, Finding finding) throws IOException {
    g.writeStartObject(finding);
    string(g, F_RULE, finding.ruleId());
    g.writeFieldName(F_SEVERITY);
    g.writeString(code(SEVERITIES, finding.severity()));
    optionalString(g, F_ELEMENT, finding.elementId().orElse(null));
    string(g, F_PATH, finding.path());
    string(g, F_MESSAGE, finding.message());
    g.writeEndObject();
  }
}
