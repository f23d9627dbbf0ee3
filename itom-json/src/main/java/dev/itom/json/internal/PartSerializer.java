package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.itom.model.Alignment;
import dev.itom.model.Artifact;
import dev.itom.model.Assignment;
import dev.itom.model.Consumer;
import dev.itom.model.FrameworkReference;
import dev.itom.model.Kpi;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.rules.Finding;
import dev.itom.rules.Report;
import java.io.IOException;
import java.util.List;

/**
 * A stateless Jackson serializer for one type of the {@code itom/1} format (or of a rule report),
 * delegating to {@link ModelWriter} or {@link ReportWriter}. The instances are singletons, shared
 * by every mapper.
 *
 * @param <T> the type written
 */
final class PartSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  @FunctionalInterface
  private interface Body<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private final transient Body<T> body;

  private PartSerializer(Class<T> type, Body<T> body) {
    super(type);
    this.body = body;
  }

  /** Writes an operating model as a whole {@code itom/1} document object. */
  static final PartSerializer<OperatingModel> MODEL =
      new PartSerializer<>(OperatingModel.class, ModelWriter::writeModel);

  /** Writes a role. */
  static final PartSerializer<Role> ROLE = new PartSerializer<>(Role.class, ModelWriter::writeRole);

  /** Writes a consumer. */
  static final PartSerializer<Consumer> CONSUMER =
      new PartSerializer<>(Consumer.class, ModelWriter::writeConsumer);

  /** Writes an artifact. */
  static final PartSerializer<Artifact> ARTIFACT =
      new PartSerializer<>(Artifact.class, ModelWriter::writeArtifact);

  /** Writes a value chain. */
  static final PartSerializer<ValueChain> VALUE_CHAIN =
      new PartSerializer<>(ValueChain.class, ModelWriter::writeValueChain);

  /** Writes a stage. */
  static final PartSerializer<Stage> STAGE =
      new PartSerializer<>(Stage.class, ModelWriter::writeStage);

  /** Writes a support process. */
  static final PartSerializer<SupportProcess> PROCESS =
      new PartSerializer<>(SupportProcess.class, ModelWriter::writeProcess);

  /** Writes a framework reference. */
  static final PartSerializer<FrameworkReference> FRAMEWORK =
      new PartSerializer<>(FrameworkReference.class, ModelWriter::writeFramework);

  /** Writes an alignment. */
  static final PartSerializer<Alignment> ALIGNMENT =
      new PartSerializer<>(Alignment.class, ModelWriter::writeAlignment);

  /** Writes an offering. */
  static final PartSerializer<Offering> OFFERING =
      new PartSerializer<>(Offering.class, ModelWriter::writeOffering);

  /** Writes a pricing. */
  static final PartSerializer<Pricing> PRICING =
      new PartSerializer<>(Pricing.class, ModelWriter::writePricing);

  /** Writes a KPI. */
  static final PartSerializer<Kpi> KPI = new PartSerializer<>(Kpi.class, ModelWriter::writeKpi);

  /** Writes an assignment. */
  static final PartSerializer<Assignment> ASSIGNMENT =
      new PartSerializer<>(Assignment.class, ModelWriter::writeAssignment);

  /** Writes a rule finding. */
  static final PartSerializer<Finding> FINDING =
      new PartSerializer<>(Finding.class, ReportWriter::writeFinding);

  /** Writes a rule report. */
  static final PartSerializer<Report> REPORT =
      new PartSerializer<>(Report.class, ReportWriter::writeReport);

  /** Every serializer, for registration. */
  static final List<PartSerializer<?>> ALL =
      List.of(
          MODEL,
          ROLE,
          CONSUMER,
          ARTIFACT,
          VALUE_CHAIN,
          STAGE,
          PROCESS,
          FRAMEWORK,
          ALIGNMENT,
          OFFERING,
          PRICING,
          KPI,
          ASSIGNMENT,
          FINDING,
          REPORT);

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    body.write(gen, value);
  }
}
