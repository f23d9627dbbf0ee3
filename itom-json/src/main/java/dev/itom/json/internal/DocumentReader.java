package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import dev.itom.internal.Texts;
import dev.itom.model.Alignment;
import dev.itom.model.Artifact;
import dev.itom.model.Assignment;
import dev.itom.model.Consumer;
import dev.itom.model.Kpi;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import dev.itom.model.Role;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the document object: {@code format}, the model's own fields and its lists of elements, each
 * element read by the reader of its kind. The result is a builder whose {@code build()} checks the
 * model's invariants.
 */
final class DocumentReader {
  private DocumentReader() {}

  /** The start of every itom document, for messages. */
  static final String START = "{\"format\": \"" + Fields.ITOM_1 + "\"";

  /**
   * Reads the document object at the cursor's current token.
   *
   * @return the builder of the model, or null if the document has a problem
   * @throws Cursor.Abort when reading cannot go on: the root is not an object or the format is
   *     unknown
   */
  static @Nullable OperatingModelBuilder read(Cursor c) throws IOException {
    int root = c.row(-1, 0);
    c.at(root);
    if (c.parser().currentToken() != JsonToken.START_OBJECT) {
      c.problem(
          root,
          ProblemCodes.WRONG_TYPE,
          "an itom document is a JSON object that starts with "
              + START
              + ", not "
              + Cursor.describe(c.parser().currentToken()));
      throw new Cursor.Abort();
    }
    c.beginObject(root, Fields.DOCUMENT);
    String id = null;
    String name = null;
    String version = null;
    String description = null;
    Map<String, String> properties = null;
    boolean formatOk = false;
    List<Role> roles = new ArrayList<>();
    List<Consumer> consumers = new ArrayList<>();
    List<Artifact> artifacts = new ArrayList<>();
    List<ValueChain> chains = new ArrayList<>();
    List<SupportProcess> processes = new ArrayList<>();
    List<Alignment> alignments = new ArrayList<>();
    List<Offering> offerings = new ArrayList<>();
    List<Kpi> kpis = new ArrayList<>();
    List<Assignment> assignments = new ArrayList<>();
    int field;
    while ((field = c.nextField()) >= 0) {
      switch (field) {
        case Fields.FORMAT -> formatOk = format(c, field);
        case Fields.ID -> id = Values.string(c, field, false);
        case Fields.NAME -> name = Values.string(c, field, false);
        case Fields.VERSION -> version = Values.string(c, field, true);
        case Fields.DESCRIPTION -> description = Values.string(c, field, true);
        case Fields.PROPERTIES -> properties = Values.properties(c);
        case Fields.ROLES -> Values.list(c, field, "roles", roles, SimpleElementReader::role);
        case Fields.CONSUMERS ->
            Values.list(c, field, "consumers", consumers, SimpleElementReader::consumer);
        case Fields.ARTIFACTS ->
            Values.list(c, field, "artifacts", artifacts, SimpleElementReader::artifact);
        case Fields.VALUE_CHAINS ->
            Values.list(c, field, "value chains", chains, ValueChainReader::chain);
        case Fields.PROCESSES ->
            Values.list(c, field, "support processes", processes, SupportProcessReader::process);
        case Fields.ALIGNMENTS ->
            Values.list(c, field, "alignments", alignments, RelationReader::alignment);
        case Fields.OFFERINGS ->
            Values.list(c, field, "offerings", offerings, OfferingReader::offering);
        case Fields.KPIS -> Values.list(c, field, "KPIs", kpis, KpiReader::kpi);
        case Fields.ASSIGNMENTS ->
            Values.list(c, field, "assignments", assignments, RelationReader::assignment);
        default -> throw new AssertionError(field);
      }
    }
    long seen = c.endObject();
    if ((seen & (1L << Fields.FORMAT)) == 0) {
      c.firstProblem(
          root,
          ProblemCodes.MISSING_FORMAT,
          "missing \"format\"; an itom document starts with " + START);
    }
    c.require(root, seen, Fields.DOCUMENT);
    if (!formatOk || id == null || name == null || !c.problems().isEmpty()) {
      return null;
    }
    OperatingModelBuilder builder = OperatingModel.builder(id, name);
    if (version != null) {
      builder.version(version);
    }
    if (description != null) {
      builder.description(description);
    }
    if (properties != null) {
      for (Map.Entry<String, String> entry : properties.entrySet()) {
        builder.property(entry.getKey(), entry.getValue());
      }
    }
    return builder
        .addRoles(roles)
        .addConsumers(consumers)
        .addArtifacts(artifacts)
        .addValueChains(chains)
        .addProcesses(processes)
        .addAlignments(alignments)
        .addOfferings(offerings)
        .addKpis(kpis)
        .addAssignments(assignments);
  }

  /**
   * Checks the value of {@code format}: true if it is {@code itom/1}, false after a problem; an
   * unknown format stops reading at once.
   */
  private static boolean format(Cursor c, int field) throws IOException {
    String format = Values.string(c, field, false);
    if (format == null) {
      return false;
    }
    if (!Fields.ITOM_1.equals(format)) {
      c.problem(
          c.valueRow(),
          ProblemCodes.UNKNOWN_FORMAT,
          "unknown format "
              + Texts.quote(format)
              + "; this reader reads \""
              + Fields.ITOM_1
              + "\" documents");
      throw new Cursor.Abort();
    }
    return true;
  }
}
