package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.itom.diff.Change;
import dev.itom.diff.Conflict;
import dev.itom.diff.ModelDiff;
import dev.itom.diff.ModelMerge;
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
 * One type of the {@code itom/1} format (or of a rule report) that a mapper writes, with the writer
 * of its JSON in {@link ModelWriter}, {@link ReportWriter}, {@link DiffDocument} or {@link
 * MergeDocument}: what the serializers of both Jackson lines delegate to ({@link PartSerializer}
 * for Jackson 2, {@link Jackson3Codecs} for Jackson 3). Every type a mapper writes is one constant
 * here, listed in {@link #ALL}. Needs no databind on the class path.
 *
 * @param <T> the type written
 */
final class Part<T> {
  /** Writes one value with the Jackson 2 streaming API, the format engine of both lines. */
  @FunctionalInterface
  interface Body<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private final Class<T> type;
  private final Body<T> body;

  private Part(Class<T> type, Body<T> body) {
    this.type = type;
    this.body = body;
  }

  /** Returns the type written. */
  Class<T> type() {
    return type;
  }

  /** Writes {@code value} to {@code g}. */
  void write(JsonGenerator g, T value) throws IOException {
    body.write(g, value);
  }

  /** Writes an operating model as a whole {@code itom/1} document object. */
  static final Part<OperatingModel> MODEL =
      new Part<>(OperatingModel.class, ModelWriter::writeModel);

  /** Writes a role. */
  static final Part<Role> ROLE = new Part<>(Role.class, ModelWriter::writeRole);

  /** Writes a consumer. */
  static final Part<Consumer> CONSUMER = new Part<>(Consumer.class, ModelWriter::writeConsumer);

  /** Writes an artifact. */
  static final Part<Artifact> ARTIFACT = new Part<>(Artifact.class, ModelWriter::writeArtifact);

  /** Writes a value chain. */
  static final Part<ValueChain> VALUE_CHAIN =
      new Part<>(ValueChain.class, ModelWriter::writeValueChain);

  /** Writes a stage. */
  static final Part<Stage> STAGE = new Part<>(Stage.class, ModelWriter::writeStage);

  /** Writes a support process. */
  static final Part<SupportProcess> PROCESS =
      new Part<>(SupportProcess.class, ModelWriter::writeProcess);

  /** Writes a framework reference. */
  static final Part<FrameworkReference> FRAMEWORK =
      new Part<>(FrameworkReference.class, ModelWriter::writeFramework);

  /** Writes an alignment. */
  static final Part<Alignment> ALIGNMENT = new Part<>(Alignment.class, ModelWriter::writeAlignment);

  /** Writes an offering. */
  static final Part<Offering> OFFERING = new Part<>(Offering.class, ModelWriter::writeOffering);

  /** Writes a pricing. */
  static final Part<Pricing> PRICING = new Part<>(Pricing.class, ModelWriter::writePricing);

  /** Writes a KPI. */
  static final Part<Kpi> KPI = new Part<>(Kpi.class, ModelWriter::writeKpi);

  /** Writes an assignment. */
  static final Part<Assignment> ASSIGNMENT =
      new Part<>(Assignment.class, ModelWriter::writeAssignment);

  /** Writes a rule finding. */
  static final Part<Finding> FINDING = new Part<>(Finding.class, ReportWriter::writeFinding);

  /** Writes a rule report. */
  static final Part<Report> REPORT = new Part<>(Report.class, ReportWriter::writeReport);

  /** Writes a diff as an {@code itom-diff/1} document. */
  static final Part<ModelDiff> DIFF = new Part<>(ModelDiff.class, DiffDocument::write);

  /** Writes one change of a diff as it stands in an {@code itom-diff/1} document. */
  static final Part<Change> CHANGE = new Part<>(Change.class, DiffDocument::change);

  /** Writes a merge's open conflicts as an {@code itom-diff/1} document. */
  static final Part<ModelMerge> MERGE = new Part<>(ModelMerge.class, MergeDocument::write);

  /** Writes one conflict of a merge as it stands in an {@code itom-diff/1} document. */
  static final Part<Conflict> CONFLICT = new Part<>(Conflict.class, MergeDocument::conflict);

  /**
   * Every part, registered by the modules of both Jackson lines: a new type of the format (a diff,
   * say) is one more constant here and is then written through both.
   */
  static final List<Part<?>> ALL =
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
          REPORT,
          DIFF,
          CHANGE,
          MERGE,
          CONFLICT);
}
