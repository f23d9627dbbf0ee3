package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.itom.internal.Texts;
import dev.itom.model.Alignment;
import dev.itom.model.Artifact;
import dev.itom.model.Assignment;
import dev.itom.model.Consumer;
import dev.itom.model.Kpi;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Role;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.access.ElementFactory;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the document object: {@code format}, the model's own fields and its lists of elements, each
 * element read by the reader of its kind. The result builds the model, checking its invariants,
 * when asked.
 */
final class DocumentReader {
  private static final ElementFactory NEW = ElementFactory.get();

  private DocumentReader() {}

  /** The start of every itom document, for messages. */
  static final String START = "{\"format\": \"" + Fields.ITOM_1 + "\"";

  /**
   * Reads the document object at the cursor's current token.
   *
   * @return what builds the model and checks its invariants, or null if the document has a problem
   * @throws Cursor.Abort when reading cannot go on: the root is not an object or the format is
   *     unknown
   */
  static @Nullable Supplier<OperatingModel> read(Cursor c) throws IOException {
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
    Parts d = new Parts();
    boolean formatOk = false;
    int field;
    while ((field = c.nextField()) >= 0) {
      switch (field) {
        case Fields.FORMAT -> formatOk = format(c, field);
        case Fields.ID -> d.id = Values.string(c, field, false);
        case Fields.NAME -> d.name = Values.string(c, field, false);
        case Fields.VERSION -> d.version = Values.string(c, field, true);
        case Fields.DESCRIPTION -> d.description = Values.string(c, field, true);
        case Fields.PROPERTIES -> d.properties = Values.properties(c);
        case Fields.ROLES -> d.roles = Values.list(c, field, "roles", SimpleElementReader::role);
        case Fields.CONSUMERS ->
            d.consumers = Values.list(c, field, "consumers", SimpleElementReader::consumer);
        case Fields.ARTIFACTS ->
            d.artifacts = Values.list(c, field, "artifacts", SimpleElementReader::artifact);
        case Fields.VALUE_CHAINS ->
            d.chains = Values.list(c, field, "value chains", ValueChainReader::chain);
        case Fields.PROCESSES ->
            d.processes = Values.list(c, field, "support processes", SupportProcessReader::process);
        case Fields.ALIGNMENTS ->
            d.alignments = Values.list(c, field, "alignments", RelationReader::alignment);
        case Fields.OFFERINGS ->
            d.offerings = Values.list(c, field, "offerings", OfferingReader::offering);
        case Fields.KPIS -> d.kpis = Values.list(c, field, "KPIs", KpiReader::kpi);
        case Fields.ASSIGNMENTS ->
            d.assignments = Values.list(c, field, "assignments", RelationReader::assignment);
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
    if (!formatOk || d.id == null || d.name == null || !c.problems().isEmpty()) {
      return null;
    }
    return d;
  }

  /** The parts of the model read so far; builds the model, checking its invariants, when asked. */
  private static final class Parts implements Supplier<OperatingModel> {
    @Nullable String id;
    @Nullable String name;
    @Nullable String version;
    @Nullable String description;
    @Nullable ImmutableSortedMap<String, String> properties;
    ImmutableList<Role> roles = ImmutableList.of();
    ImmutableList<Consumer> consumers = ImmutableList.of();
    ImmutableList<Artifact> artifacts = ImmutableList.of();
    ImmutableList<ValueChain> chains = ImmutableList.of();
    ImmutableList<SupportProcess> processes = ImmutableList.of();
    ImmutableList<Alignment> alignments = ImmutableList.of();
    ImmutableList<Offering> offerings = ImmutableList.of();
    ImmutableList<Kpi> kpis = ImmutableList.of();
    ImmutableList<Assignment> assignments = ImmutableList.of();

    @Override
    public OperatingModel get() {
      return NEW.model(
          Objects.requireNonNull(id, "id"),
          Objects.requireNonNull(name, "name"),
          version,
          description,
          Values.orEmpty(properties),
          roles,
          consumers,
          artifacts,
          chains,
          processes,
          alignments,
          offerings,
          kpis,
          assignments);
    }
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
