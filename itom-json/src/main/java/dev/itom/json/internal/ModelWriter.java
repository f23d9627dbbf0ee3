package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.model.Alignment;
import dev.itom.model.Alternative;
import dev.itom.model.Artifact;
import dev.itom.model.Assignment;
import dev.itom.model.Consumer;
import dev.itom.model.Element;
import dev.itom.model.FrameworkReference;
import dev.itom.model.Kpi;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Option;
import dev.itom.model.Pricing;
import dev.itom.model.Role;
import dev.itom.model.ServiceLevel;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the {@code itom/1} format with a Jackson {@link JsonGenerator}, in canonical order: fixed
 * field order, lists in model order, map keys sorted, empty lists, maps and absent optionals left
 * out. Stateless; every method may be called from any thread.
 */
public final class ModelWriter {
  private static final SerializedString V_FORMAT = new SerializedString(Fields.ITOM_1);

  private ModelWriter() {}

  // ---- helpers -------------------------------------------------------------------------------

  /** Writes an optional field; callers unwrap with {@code orElse(null)} so no Optional escapes. */
  private static void optionalString(JsonGenerator g, int field, @Nullable String value)
      throws IOException {
    if (value != null) {
      g.writeFieldName(Fields.key(field));
      g.writeString(value);
    }
  }

  private static void string(JsonGenerator g, int field, String value) throws IOException {
    g.writeFieldName(Fields.key(field));
    g.writeString(value);
  }

  private static void decimal(JsonGenerator g, int field, @Nullable BigDecimal value)
      throws IOException {
    if (value != null) {
      g.writeFieldName(Fields.key(field));
      if (g.getClass().getSimpleName().startsWith("YAML")) {
        g.writeNumber(yamlDecimal(value));
      } else {
        g.writeNumber(value);
      }
    }
  }

  /**
   * Returns a decimal's text in a form every YAML parser reads as a number: {@code
   * BigDecimal.toString()} writes {@code 1E-7} and {@code 1E+21} without a point, which YAML 1.1
   * parsers (PyYAML) read as strings. A point before the exponent ({@code 1.E-7}) makes it a float
   * in YAML 1.1 and 1.2 and keeps the same unscaled value and scale for {@code BigDecimal}.
   */
  static String yamlDecimal(BigDecimal value) {
    String text = value.toString();
    int exponent = text.indexOf('E');
    if (exponent < 0 || text.indexOf('.') >= 0) {
      return text;
    }
    return text.substring(0, exponent) + "." + text.substring(exponent);
  }

  private static void strings(JsonGenerator g, int field, List<String> values) throws IOException {
    int size = values.size();
    if (size == 0) {
      return;
    }
    g.writeFieldName(Fields.key(field));
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
    g.writeFieldName(Fields.key(Fields.PROPERTIES));
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

  private static void code(JsonGenerator g, int field, SerializableString code) throws IOException {
    g.writeFieldName(Fields.key(field));
    g.writeString(code);
  }

  private static void common(JsonGenerator g, Element element) throws IOException {
    string(g, Fields.ID, element.id());
    string(g, Fields.NAME, element.name());
    optionalString(g, Fields.DESCRIPTION, element.description().orElse(null));
    properties(g, element.properties());
  }

  @FunctionalInterface
  private interface ItemWriter<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  private static <T> void list(JsonGenerator g, int field, List<T> items, ItemWriter<T> writer)
      throws IOException {
    int size = items.size();
    if (size == 0) {
      return;
    }
    g.writeFieldName(Fields.key(field));
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
    g.writeFieldName(Fields.key(Fields.FORMAT));
    g.writeString(V_FORMAT);
    string(g, Fields.ID, model.id());
    string(g, Fields.NAME, model.name());
    optionalString(g, Fields.VERSION, model.version().orElse(null));
    optionalString(g, Fields.DESCRIPTION, model.description().orElse(null));
    properties(g, model.properties());
    list(g, Fields.ROLES, model.roles(), ModelWriter::writeRole);
    list(g, Fields.CONSUMERS, model.consumers(), ModelWriter::writeConsumer);
    list(g, Fields.ARTIFACTS, model.artifacts(), ModelWriter::writeArtifact);
    list(g, Fields.VALUE_CHAINS, model.valueChains(), ModelWriter::writeValueChain);
    list(g, Fields.PROCESSES, model.processes(), ModelWriter::writeProcess);
    list(g, Fields.ALIGNMENTS, model.alignments(), ModelWriter::writeAlignment);
    list(g, Fields.OFFERINGS, model.offerings(), ModelWriter::writeOffering);
    list(g, Fields.KPIS, model.kpis(), ModelWriter::writeKpi);
    list(g, Fields.ASSIGNMENTS, model.assignments(), ModelWriter::writeAssignment);
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
    code(g, Fields.KIND, EnumCodes.CONSUMER_KINDS.key(consumer.kind()));
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
    code(g, Fields.KIND, EnumCodes.CHAIN_KINDS.key(chain.kind()));
    list(g, Fields.STAGES, chain.stages(), ModelWriter::writeStage);
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
    optionalString(g, Fields.OWNER, stage.owner().orElse(null));
    strings(g, Fields.QUESTIONS, stage.questions());
    strings(g, Fields.CONSUMES, stage.consumes());
    strings(g, Fields.PRODUCES, stage.produces());
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
    code(g, Fields.CATEGORY, EnumCodes.CATEGORIES.key(process.category()));
    optionalString(g, Fields.OWNER, process.owner().orElse(null));
    strings(g, Fields.SUPPORTS, process.supports());
    list(g, Fields.FRAMEWORKS, process.frameworks(), ModelWriter::writeFramework);
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
    string(g, Fields.FRAMEWORK, reference.framework());
    string(g, Fields.REF, reference.ref());
    optionalString(g, Fields.NAME, reference.name().orElse(null));
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
    string(g, Fields.FROM, alignment.from());
    string(g, Fields.TO, alignment.to());
    code(g, Fields.KIND, EnumCodes.ALIGNMENT_KINDS.key(alignment.kind()));
    optionalString(g, Fields.DESCRIPTION, alignment.description().orElse(null));
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
    code(g, Fields.TYPE, EnumCodes.OFFERING_TYPES.key(offering.type()));
    optionalString(g, Fields.CATEGORY, offering.category().orElse(null));
    if (offering.delivery().isPresent()) {
      code(g, Fields.DELIVERY, EnumCodes.DELIVERIES.key(offering.delivery().get()));
    }
    code(g, Fields.LIFECYCLE, EnumCodes.LIFECYCLES.key(offering.lifecycle()));
    optionalString(g, Fields.OWNER, offering.owner().orElse(null));
    strings(g, Fields.CONSUMERS, offering.consumers());
    strings(g, Fields.REALIZED_BY, offering.realizedBy());
    if (offering.pricing().isPresent()) {
      g.writeFieldName(Fields.key(Fields.PRICING));
      writePricing(g, offering.pricing().get());
    }
    optionalString(g, Fields.VALUE_PROPOSITION, offering.valueProposition().orElse(null));
    list(g, Fields.OPTIONS, offering.options(), ModelWriter::writeOption);
    list(g, Fields.ALTERNATIVES, offering.alternatives(), ModelWriter::writeAlternative);
    g.writeEndObject();
  }

  /**
   * Writes an option of an offering.
   *
   * @param g the generator
   * @param option the option
   * @throws IOException if the generator fails
   */
  static void writeOption(JsonGenerator g, Option option) throws IOException {
    g.writeStartObject(option);
    common(g, option);
    if (option.pricing().isPresent()) {
      g.writeFieldName(Fields.key(Fields.PRICING));
      writePricing(g, option.pricing().get());
    }
    optionalString(g, Fields.LEAD_TIME, option.leadTime().orElse(null));
    list(g, Fields.SERVICE_LEVELS, option.serviceLevels(), ModelWriter::writeServiceLevel);
    g.writeEndObject();
  }

  /**
   * Writes a service level.
   *
   * @param g the generator
   * @param level the service level
   * @throws IOException if the generator fails
   */
  static void writeServiceLevel(JsonGenerator g, ServiceLevel level) throws IOException {
    g.writeStartObject(level);
    string(g, Fields.NAME, level.name());
    decimal(g, Fields.TARGET, level.target());
    optionalString(g, Fields.UNIT, level.unit().orElse(null));
    g.writeEndObject();
  }

  /**
   * Writes an alternative to an offering.
   *
   * @param g the generator
   * @param alternative the alternative
   * @throws IOException if the generator fails
   */
  static void writeAlternative(JsonGenerator g, Alternative alternative) throws IOException {
    g.writeStartObject(alternative);
    string(g, Fields.NAME, alternative.name());
    optionalString(g, Fields.DESCRIPTION, alternative.description().orElse(null));
    if (alternative.pricing().isPresent()) {
      g.writeFieldName(Fields.key(Fields.PRICING));
      writePricing(g, alternative.pricing().get());
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
    code(g, Fields.MODEL, EnumCodes.PRICING_MODELS.key(pricing.model()));
    decimal(g, Fields.AMOUNT, pricing.amount().orElse(null));
    optionalString(g, Fields.CURRENCY, pricing.currency().orElse(null));
    optionalString(g, Fields.UNIT, pricing.unit().orElse(null));
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
    optionalString(g, Fields.UNIT, kpi.unit().orElse(null));
    code(g, Fields.DIRECTION, EnumCodes.DIRECTIONS.key(kpi.direction()));
    decimal(g, Fields.TARGET, kpi.target().orElse(null));
    decimal(g, Fields.BASELINE, kpi.baseline().orElse(null));
    strings(g, Fields.MEASURES, kpi.measures());
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
    string(g, Fields.ROLE, assignment.role());
    string(g, Fields.TARGET, assignment.target());
    code(g, Fields.RESPONSIBILITY, EnumCodes.RESPONSIBILITIES.key(assignment.responsibility()));
    properties(g, assignment.properties());
    g.writeEndObject();
  }
}
