package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.google.common.base.Splitter;
import dev.itom.json.ItomJsonException;
import dev.itom.json.Problem;
import dev.itom.json.ReadResult;
import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
import dev.itom.model.Artifact;
import dev.itom.model.Assignment;
import dev.itom.model.Consumer;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Direction;
import dev.itom.model.FrameworkReference;
import dev.itom.model.InvalidModelException;
import dev.itom.model.Kpi;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import dev.itom.model.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@code itom/1} document from a Jackson {@link JsonParser}, strictly, by hand: checks
 * every token's type without coercion, rejects unknown and duplicate fields, records where every
 * value stood, and maps the model's invariant violations back to those positions. One instance
 * reads one document; it is not thread-safe and not reused.
 */
public final class ModelReader {
  private static final int MAX_PROBLEMS = 100;

  private static final int MAX_DEPTH = 32;

  /**
   * The largest scale (digits after the point) and negative scale (zeros before it) of a decimal: a
   * plain form of at most about a thousand digits, like Jackson's limit of number length.
   */
  private static final int MAX_DECIMAL_SCALE = 1_000;

  private final JsonParser p;
  private final String formatName;
  private final int maxStringLength;
  private final boolean lenient;
  private final @Nullable String source;
  private final Locations locations;

  /**
   * Whether the position of every value is recorded. A first read of a buffered document runs
   * without: if it finds any problem or warning it gives up, and the document is read again with
   * positions, so that every message names its line and column.
   */
  private final boolean track;

  /** The parser when it reads UTF-8 bytes, whose token position can be read without garbage. */
  private final @Nullable UTF8StreamJsonParser bytes;

  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  // the open objects: row, type and the fields seen so far
  private final int[] objectRow = new int[MAX_DEPTH];
  private final long[] seen = new long[MAX_DEPTH];
  private final Fields.Type[] objectType = new Fields.Type[MAX_DEPTH];
  private int depth = -1;

  /** The row of the value being read; where a parse error is reported. */
  private int at;

  /** The name of the field whose value is being advanced to, for errors between name and value. */
  private @Nullable String pendingName;

  /** The row of the current field's value, set by {@link #nextField()}. */
  private int valueRow;

  private ModelReader(JsonParser parser, boolean lenient, @Nullable String source, boolean track) {
    this.p = parser;
    this.track = track;
    this.bytes = parser instanceof UTF8StreamJsonParser utf8 ? utf8 : null;
    this.formatName = parser.getClass().getSimpleName().startsWith("YAML") ? "YAML" : "JSON";
    this.maxStringLength = parser.streamReadConstraints().getMaxStringLength();
    this.locations = new Locations();
    this.lenient = lenient;
    this.source = source;
  }

  /** Signals that reading stops here; the problems are already recorded. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads a whole document: the parser must not have been advanced yet, and nothing may follow the
   * document.
   *
   * @param parser a parser over the document
   * @param lenient whether unknown fields are skipped with a warning rather than rejected
   * @param source the name of the input for messages, or null
   * @return the model and the warnings
   * @throws ItomJsonException listing every problem if the document is not a valid model
   * @throws IOException if reading the underlying input fails
   */
  public static ReadResult readDocument(JsonParser parser, boolean lenient, @Nullable String source)
      throws IOException {
    return new ModelReader(parser, lenient, source, true).read(true);
  }

  /**
   * Reads a whole document without recording positions: the fast path for a buffered document that
   * can be read again. Gives up at the first problem or warning.
   *
   * @param parser a parser over the document
   * @param lenient whether unknown fields are skipped with a warning rather than rejected
   * @param source the name of the input for messages, or null
   * @return the model, or null when the document has a problem or a warning: read it again with
   *     {@link #readDocument} to learn where
   * @throws IOException if reading the underlying input fails
   */
  public static @Nullable ReadResult readDocumentFast(
      JsonParser parser, boolean lenient, @Nullable String source) throws IOException {
    try {
      return new ModelReader(parser, lenient, source, false).read(true);
    } catch (ItomJsonException | Untracked e) {
      return null;
    }
  }

  /** Thrown by a read without positions when it finds a warning or an invalid model. */
  private static final class Untracked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Untracked() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads one model value whose first token is the parser's current token (or the next one if the
   * parser has no current token), as databind does; leaves the parser on the closing token.
   *
   * @param parser the parser
   * @param lenient whether unknown fields are skipped with a warning rather than rejected
   * @return the model and the warnings
   * @throws ItomJsonException listing every problem if the value is not a valid model
   * @throws IOException if reading the underlying input fails
   */
  static ReadResult readValue(JsonParser parser, boolean lenient) throws IOException {
    return new ModelReader(parser, lenient, null, true).read(false);
  }

  private ReadResult read(boolean wholeDocument) throws IOException {
    OperatingModelBuilder builder = null;
    try {
      JsonToken first = wholeDocument || !p.hasCurrentToken() ? p.nextToken() : p.currentToken();
      if (first == null) {
        problems.add(
            Problem.of(
                0,
                0,
                "",
                "the input is empty; an itom document is a JSON object that starts with"
                    + " {\"format\": \"itom/1\""));
        throw new Abort();
      }
      builder = readRoot();
      if (wholeDocument && problems.isEmpty()) {
        at = 0;
        JsonToken after = p.nextToken();
        if (after != null) {
          com.fasterxml.jackson.core.JsonLocation location = p.currentTokenLocation();
          problems.add(
              Problem.of(
                  Math.max(0, location.getLineNr()),
                  Math.max(0, location.getColumnNr()),
                  "",
                  "unexpected content ("
                      + describe(after)
                      + ") after the end of the document; a file holds exactly one itom"
                      + " document"));
        }
      }
    } catch (Abort abort) {
      // problems recorded
    } catch (StreamConstraintsException e) {
      problems.add(limitProblem(e));
    } catch (JsonProcessingException e) {
      problems.add(syntaxProblem(e));
    }
    if (!problems.isEmpty() || builder == null) {
      throw new ItomJsonException(source, problems);
    }
    if (!track && !warnings.isEmpty()) {
      throw new Untracked();
    }
    OperatingModel model;
    try {
      model = builder.build();
    } catch (InvalidModelException e) {
      if (!track) {
        throw new Untracked();
      }
      for (Violation violation : e.violations()) {
        int row = locations.find(violation.path());
        problems.add(
            Problem.of(
                locations.line(row), locations.column(row), violation.path(), violation.message()));
      }
      throw new ItomJsonException(source, problems);
    }
    return ReadResult.of(model, warnings);
  }

  // ---- problems ------------------------------------------------------------------------------

  private void problem(int row, String message) {
    problems.add(
        Problem.of(locations.line(row), locations.column(row), locations.pointer(row), message));
    if (problems.size() >= MAX_PROBLEMS) {
      throw new Abort();
    }
  }

  private Problem syntaxProblem(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int cut = message.indexOf(" (start marker at");
    if (cut < 0) {
      cut = message.indexOf("\n at [Source");
    }
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    if (message.contains("\n in 'reader'")) {
      // SnakeYAML: keep the lines that say what is wrong, drop the ones that quote the input
      StringBuilder kept = new StringBuilder();
      for (String line : Splitter.on('\n').split(message)) {
        if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
          kept.append(kept.length() == 0 ? "" : "; ").append(line.trim());
        }
      }
      message = kept.toString();
    }
    message = message.replace('\n', ' ');
    if (message.startsWith("Unexpected end-of-input")) {
      message = "the input ends too early (truncated?): " + message;
    } else {
      message = "not valid " + formatName + ": " + message;
    }
    int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
    String pointer = locations.pointer(at);
    if (pendingName != null) {
      pointer += "/" + Locations.escape(pendingName);
    }
    return Problem.of(line, column, pointer, message);
  }

  private Problem limitProblem(StreamConstraintsException e) {
    String original = String.valueOf(e.getOriginalMessage());
    String message;
    if (original.contains("nesting depth")) {
      message =
          "the document nests deeper than the reader's limit of "
              + p.streamReadConstraints().getMaxNestingDepth()
              + " levels; an itom document needs fewer than 10, raise the limit with"
              + " withMaxDepth(..) only if the input is right";
    } else if (original.contains("String value length")) {
      message =
          "a string is longer than the reader's limit of "
              + p.streamReadConstraints().getMaxStringLength()
              + " characters; shorten it or raise the limit with withMaxStringLength(..)";
    } else if (original.contains("Document length") || original.contains("document length")) {
      message =
          "the document is longer than the reader's limit of "
              + p.streamReadConstraints().getMaxDocumentLength()
              + "; raise the limit with withMaxDocumentLength(..)";
    } else if (original.contains("Number value length")) {
      message =
          "a number has more than "
              + p.streamReadConstraints().getMaxNumberLength()
              + " digits; write a shorter number";
    } else {
      message = "the document is over a reader limit: " + original;
    }
    int line = e.getLocation() == null ? locations.line(at) : e.getLocation().getLineNr();
    int column = e.getLocation() == null ? locations.column(at) : e.getLocation().getColumnNr();
    return Problem.of(Math.max(0, line), Math.max(0, column), locations.pointer(at), message);
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case FIELD_NAME -> "a field";
      default -> "a value";
    };
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 80) + 2).append('"');
    int limit = Math.min(text.length(), 80);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > limit) {
      out.append("...");
    }
    return out.append('"').toString();
  }

  // ---- positions -----------------------------------------------------------------------------

  /** Records the position of the current token as a child of {@code parent}. */
  private int row(int parent, int segment) {
    if (!track) {
      return 0;
    }
    if (bytes != null && p.currentToken() != JsonToken.FIELD_NAME) {
      // The same numbers as currentTokenLocation(), without allocating a JsonLocation per value.
      int column = bytes.getTokenColumnNr();
      return locations.add(
          parent, segment, Math.max(0, bytes.getTokenLineNr()), Math.max(0, column - 1));
    }
    com.fasterxml.jackson.core.JsonLocation location = p.currentTokenLocation();
    return locations.add(
        parent, segment, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
  }

  private static int fieldSegment(int field) {
    return -(field + 1);
  }

  // ---- objects -------------------------------------------------------------------------------

  /** Opens the object at the current token; false (after a problem) if it is not an object. */
  private boolean beginObject(int row, Fields.Type type) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(row, null, type.what + " (a JSON object)", false);
      return false;
    }
    depth++;
    if (depth >= MAX_DEPTH) {
      problem(row, "nested too deeply");
      throw new Abort();
    }
    objectRow[depth] = row;
    seen[depth] = 0;
    objectType[depth] = type;
    return true;
  }

  /**
   * Advances to the next known field of the open object and onto its value; returns the field's
   * number, or -1 at the end of the object (which closes it). Unknown and duplicate fields are
   * reported and skipped.
   */
  private int nextField() throws IOException {
    int object = objectRow[depth];
    Fields.Type type = objectType[depth];
    while (true) {
      at = object;
      JsonToken token = p.nextToken();
      if (token == JsonToken.END_OBJECT) {
        return -1;
      }
      String name = p.currentName();
      int field = Fields.id(name);
      if (!type.allows(field)) {
        int row = row(object, track ? locations.keySegment(name) : 0);
        at = row;
        String message =
            "unknown field "
                + quote(name)
                + " in "
                + type.what
                + "; the fields are: "
                + type.list();
        if (lenient) {
          warnings.add(
              Problem.of(
                  locations.line(row),
                  locations.column(row),
                  locations.pointer(row),
                  message + " (skipped)"));
        } else {
          problem(row, message);
        }
        p.nextToken();
        p.skipChildren();
        continue;
      }
      long bit = 1L << field;
      if ((seen[depth] & bit) != 0) {
        int row = row(object, fieldSegment(field));
        problem(
            row,
            "duplicate field "
                + quote(name)
                + " in "
                + type.what
                + "; a field appears at most once in an object, remove one");
        p.nextToken();
        p.skipChildren();
        continue;
      }
      seen[depth] |= bit;
      pendingName = name;
      p.nextToken();
      pendingName = null;
      valueRow = row(object, fieldSegment(field));
      at = valueRow;
      return field;
    }
  }

  /** Closes the object after {@link #nextField()} returned -1; returns the fields seen. */
  private long endObject() {
    return seen[depth--];
  }

  /** Reports each required field that is absent; true if all are present. */
  private boolean require(int row, long seenFields, Fields.Type type, int... fields) {
    boolean ok = true;
    for (int field : fields) {
      if ((seenFields & (1L << field)) == 0) {
        problem(
            row,
            "missing required field "
                + quote(Fields.NAMES[field])
                + " in "
                + type.what
                + "; add it");
        ok = false;
      }
    }
    return ok;
  }

  // ---- scalars -------------------------------------------------------------------------------

  private void wrongType(int row, @Nullable String field, String expected, boolean optional)
      throws IOException {
    JsonToken token = p.currentToken();
    String subject = field == null ? "expected " : quote(field) + " must be ";
    String message = subject + expected + ", not " + describe(token);
    if (token == JsonToken.VALUE_NULL) {
      message += optional ? "; leave the field out instead of writing null" : "; it is required";
    }
    problem(row, message);
    p.skipChildren();
  }

  /**
   * Returns the current string token's text; enforces the string limit also for parsers that do not
   * (YAML).
   */
  private String text() throws IOException {
    String text = p.getText();
    if (text.length() > maxStringLength) {
      problem(
          at,
          "a string is longer than the reader's limit of "
              + maxStringLength
              + " characters; shorten it or raise the limit with withMaxStringLength(..)");
    }
    return text;
  }

  /** Reads the current value as a string; null (after a problem) if it is not one. */
  private @Nullable String string(int field, boolean optional) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return text();
    }
    wrongType(valueRow, Fields.NAMES[field], "a string", optional);
    return null;
  }

  private @Nullable BigDecimal decimal(int field) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value;
      try {
        value = p.getDecimalValue();
      } catch (NumberFormatException | ArithmeticException e) {
        // Jackson cannot hold the exponent (such as 1e99999999999999999999) in a BigDecimal
        value = null;
      }
      if (value == null || Math.abs((long) value.scale()) > MAX_DECIMAL_SCALE) {
        // a plain form of over a thousand digits (1E+2147483647) costs gigabytes to print
        problem(
            valueRow,
            quote(Fields.NAMES[field])
                + " is "
                + quote(p.getText())
                + ", whose exponent is out of range; write a decimal with at most "
                + MAX_DECIMAL_SCALE
                + " digits before or after the point");
        return null;
      }
      return value;
    }
    wrongType(valueRow, Fields.NAMES[field], "a number", true);
    return null;
  }

  private <E extends Enum<E>> @Nullable E enumValue(int field, EnumCodes<E> codes)
      throws IOException {
    int row = valueRow;
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(row, Fields.NAMES[field], "one of: " + codes.allowed(), false);
      return null;
    }
    E value = codes.match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (value == null) {
      problem(
          row,
          quote(Fields.NAMES[field])
              + " is "
              + quote(p.getText())
              + ", which is not allowed; use one of: "
              + codes.allowed());
    }
    return value;
  }

  /** Reads an array of strings into {@code sink}; reports a problem if it is not one. */
  private void strings(int field, java.util.function.Consumer<String> sink) throws IOException {
    int array = valueRow;
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(array, Fields.NAMES[field], "an array of strings", true);
      return;
    }
    int index = 0;
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      int row = row(array, index++);
      at = row;
      if (token == JsonToken.VALUE_STRING) {
        sink.accept(text());
      } else {
        wrongType(row, null, "a string in " + quote(Fields.NAMES[field]), false);
      }
    }
    at = array;
  }

  private @Nullable Map<String, String> properties() throws IOException {
    int object = valueRow;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(object, "properties", "an object of strings", true);
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      int row = row(object, track ? locations.keySegment(key) : 0);
      at = row;
      if (key.length() > maxStringLength) {
        problem(
            row, "a key is longer than the reader's limit of " + maxStringLength + " characters");
      }
      if (out.containsKey(key)) {
        problem(
            row,
            "duplicate property "
                + quote(key)
                + "; a key appears at most once in an object, remove one");
        p.skipChildren();
      } else if (p.currentToken() == JsonToken.VALUE_STRING) {
        out.put(key, text());
      } else {
        wrongType(row, key, "a string (property values are strings)", true);
      }
    }
    at = object;
    return out;
  }

  // ---- lists ---------------------------------------------------------------------------------

  @FunctionalInterface
  private interface ItemReader<T> {
    @Nullable T read(int row) throws IOException;
  }

  private <T> void list(
      int field, java.util.function.Consumer<T> out, ItemReader<T> reader, String what)
      throws IOException {
    int array = valueRow;
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(array, Fields.NAMES[field], "an array of " + what, true);
      return;
    }
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int row = row(array, index++);
      at = row;
      T item = reader.read(row);
      if (item != null) {
        out.accept(item);
      }
    }
    at = array;
  }

  // ---- the document --------------------------------------------------------------------------

  private @Nullable OperatingModelBuilder readRoot() throws IOException {
    int root = row(-1, 0);
    at = root;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      problem(
          root,
          "an itom document is a JSON object that starts with {\"format\": \"itom/1\", not "
              + describe(p.currentToken()));
      throw new Abort();
    }
    beginObject(root, Fields.DOCUMENT);
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
    while ((field = nextField()) >= 0) {
      switch (field) {
        case Fields.FORMAT -> {
          String format = string(field, false);
          if (format != null) {
            if (!Fields.ITOM_1.equals(format)) {
              problem(
                  valueRow,
                  "unknown format " + quote(format) + "; this reader reads \"itom/1\" documents");
              throw new Abort();
            }
            formatOk = true;
          }
        }
        case Fields.ID -> id = string(field, false);
        case Fields.NAME -> name = string(field, false);
        case Fields.VERSION -> version = string(field, true);
        case Fields.DESCRIPTION -> description = string(field, true);
        case Fields.PROPERTIES -> properties = properties();
        case Fields.ROLES -> list(field, roles::add, this::readRole, "roles");
        case Fields.CONSUMERS -> list(field, consumers::add, this::readConsumer, "consumers");
        case Fields.ARTIFACTS -> list(field, artifacts::add, this::readArtifact, "artifacts");
        case Fields.VALUE_CHAINS -> list(field, chains::add, this::readChain, "value chains");
        case Fields.PROCESSES ->
            list(field, processes::add, this::readProcess, "support processes");
        case Fields.ALIGNMENTS -> list(field, alignments::add, this::readAlignment, "alignments");
        case Fields.OFFERINGS -> list(field, offerings::add, this::readOffering, "offerings");
        case Fields.KPIS -> list(field, kpis::add, this::readKpi, "KPIs");
        case Fields.ASSIGNMENTS ->
            list(field, assignments::add, this::readAssignment, "assignments");
        default -> throw new AssertionError(field);
      }
    }
    long seenFields = endObject();
    if ((seenFields & (1L << Fields.FORMAT)) == 0) {
      problems.add(
          0,
          Problem.of(
              locations.line(root),
              locations.column(root),
              "",
              "missing \"format\"; an itom document starts with {\"format\": \"itom/1\""));
    }
    require(root, seenFields, Fields.DOCUMENT, Fields.ID, Fields.NAME);
    if (!formatOk || id == null || name == null || !problems.isEmpty()) {
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

  /** The fields every element has. */
  private static final class Common {
    @Nullable String id;
    @Nullable String name;
    @Nullable String description;
    @Nullable Map<String, String> properties;

    boolean complete() {
      return id != null && name != null;
    }

    /** The id; call only after {@link #complete()} returned true. */
    String id() {
      return Objects.requireNonNull(id, "id");
    }

    /** The name; call only after {@link #complete()} returned true. */
    String name() {
      return Objects.requireNonNull(name, "name");
    }
  }

  /** Reads a common element field; false if {@code field} is not one. */
  private boolean common(int field, Common common) throws IOException {
    return switch (field) {
      case Fields.ID -> {
        common.id = string(field, false);
        yield true;
      }
      case Fields.NAME -> {
        common.name = string(field, false);
        yield true;
      }
      case Fields.DESCRIPTION -> {
        common.description = string(field, true);
        yield true;
      }
      case Fields.PROPERTIES -> {
        common.properties = properties();
        yield true;
      }
      default -> false;
    };
  }

  private static Map<String, String> props(@Nullable Map<String, String> properties) {
    return properties == null ? Collections.emptyMap() : properties;
  }

  private @Nullable Role readRole(int row) throws IOException {
    if (!beginObject(row, Fields.ROLE_TYPE)) {
      return null;
    }
    Common c = new Common();
    int field;
    while ((field = nextField()) >= 0) {
      common(field, c);
    }
    long s = endObject();
    if (!require(row, s, Fields.ROLE_TYPE, Fields.ID, Fields.NAME) || !c.complete()) {
      return null;
    }
    return Role.builder()
        .id(c.id())
        .name(c.name())
        .description(Optional.ofNullable(c.description))
        .putAllProperties(props(c.properties))
        .build();
  }

  private @Nullable Artifact readArtifact(int row) throws IOException {
    if (!beginObject(row, Fields.ARTIFACT_TYPE)) {
      return null;
    }
    Common c = new Common();
    int field;
    while ((field = nextField()) >= 0) {
      common(field, c);
    }
    long s = endObject();
    if (!require(row, s, Fields.ARTIFACT_TYPE, Fields.ID, Fields.NAME) || !c.complete()) {
      return null;
    }
    return Artifact.builder()
        .id(c.id())
        .name(c.name())
        .description(Optional.ofNullable(c.description))
        .putAllProperties(props(c.properties))
        .build();
  }

  private @Nullable Consumer readConsumer(int row) throws IOException {
    if (!beginObject(row, Fields.CONSUMER_TYPE)) {
      return null;
    }
    Common c = new Common();
    ConsumerKind kind = null;
    int field;
    while ((field = nextField()) >= 0) {
      if (!common(field, c)) {
        kind = enumValue(field, EnumCodes.CONSUMER_KINDS);
      }
    }
    long s = endObject();
    if (!require(row, s, Fields.CONSUMER_TYPE, Fields.ID, Fields.NAME, Fields.KIND)
        || !c.complete()
        || kind == null) {
      return null;
    }
    return Consumer.builder()
        .id(c.id())
        .name(c.name())
        .description(Optional.ofNullable(c.description))
        .putAllProperties(props(c.properties))
        .kind(kind)
        .build();
  }

  private @Nullable ValueChain readChain(int row) throws IOException {
    if (!beginObject(row, Fields.CHAIN_TYPE)) {
      return null;
    }
    Common c = new Common();
    ValueChainKind kind = null;
    ValueChain.Builder b = ValueChain.builder();
    int field;
    while ((field = nextField()) >= 0) {
      if (common(field, c)) {
        continue;
      }
      if (field == Fields.KIND) {
        kind = enumValue(field, EnumCodes.CHAIN_KINDS);
      } else {
        list(field, b::addStages, this::readStage, "stages");
      }
    }
    long s = endObject();
    if (!require(row, s, Fields.CHAIN_TYPE, Fields.ID, Fields.NAME, Fields.KIND)
        || !c.complete()
        || kind == null) {
      return null;
    }
    return b.id(c.id())
        .name(c.name())
        .description(Optional.ofNullable(c.description))
        .putAllProperties(props(c.properties))
        .kind(kind)
        .build();
  }

  private @Nullable Stage readStage(int row) throws IOException {
    if (!beginObject(row, Fields.STAGE_TYPE)) {
      return null;
    }
    Common c = new Common();
    String owner = null;
    Stage.Builder b = Stage.builder();
    int field;
    while ((field = nextField()) >= 0) {
      if (common(field, c)) {
        continue;
      }
      switch (field) {
        case Fields.OWNER -> owner = string(field, true);
        case Fields.QUESTIONS -> strings(field, b::addQuestions);
        case Fields.CONSUMES -> strings(field, b::addConsumes);
        default -> strings(field, b::addProduces);
      }
    }
    long s = endObject();
    if (!require(row, s, Fields.STAGE_TYPE, Fields.ID, Fields.NAME) || !c.complete()) {
      return null;
    }
    return b.id(c.id())
        .name(c.name())
        .description(Optional.ofNullable(c.description))
        .putAllProperties(props(c.properties))
        .owner(Optional.ofNullable(owner))
        .build();
  }

  private @Nullable SupportProcess readProcess(int row) throws IOException {
    if (!beginObject(row, Fields.PROCESS_TYPE)) {
      return null;
    }
    Common c = new Common();
    ProcessCategory category = null;
    String owner = null;
    SupportProcess.Builder b = SupportProcess.builder();
    int field;
    while ((field = nextField()) >= 0) {
      if (common(field, c)) {
        continue;
      }
      switch (field) {
        case Fields.CATEGORY -> category = enumValue(field, EnumCodes.CATEGORIES);
        case Fields.OWNER -> owner = string(field, true);
        case Fields.SUPPORTS -> strings(field, b::addSupports);
        default -> list(field, b::addFrameworks, this::readFramework, "framework references");
      }
    }
    long s = endObject();
    if (!require(row, s, Fields.PROCESS_TYPE, Fields.ID, Fields.NAME, Fields.CATEGORY)
        || !c.complete()
        || category == null) {
      return null;
    }
    return b.id(c.id())
        .name(c.name())
        .description(Optional.ofNullable(c.description))
        .putAllProperties(props(c.properties))
        .category(category)
        .owner(Optional.ofNullable(owner))
        .build();
  }

  private @Nullable FrameworkReference readFramework(int row) throws IOException {
    if (!beginObject(row, Fields.FRAMEWORK_TYPE)) {
      return null;
    }
    String framework = null;
    String ref = null;
    String name = null;
    int field;
    while ((field = nextField()) >= 0) {
      switch (field) {
        case Fields.FRAMEWORK -> framework = string(field, false);
        case Fields.REF -> ref = string(field, false);
        default -> name = string(field, true);
      }
    }
    long s = endObject();
    if (!require(row, s, Fields.FRAMEWORK_TYPE, Fields.FRAMEWORK, Fields.REF)
        || framework == null
        || ref == null) {
      return null;
    }
    return FrameworkReference.builder()
        .framework(framework)
        .ref(ref)
        .name(Optional.ofNullable(name))
        .build();
  }

  private @Nullable Alignment readAlignment(int row) throws IOException {
    if (!beginObject(row, Fields.ALIGNMENT_TYPE)) {
      return null;
    }
    String from = null;
    String to = null;
    AlignmentKind kind = null;
    String description = null;
    Map<String, String> properties = null;
    int field;
    while ((field = nextField()) >= 0) {
      switch (field) {
        case Fields.FROM -> from = string(field, false);
        case Fields.TO -> to = string(field, false);
        case Fields.KIND -> kind = enumValue(field, EnumCodes.ALIGNMENT_KINDS);
        case Fields.DESCRIPTION -> description = string(field, true);
        default -> properties = properties();
      }
    }
    long s = endObject();
    if (!require(row, s, Fields.ALIGNMENT_TYPE, Fields.FROM, Fields.TO, Fields.KIND)
        || from == null
        || to == null
        || kind == null) {
      return null;
    }
    return Alignment.builder()
        .from(from)
        .to(to)
        .kind(kind)
        .description(Optional.ofNullable(description))
        .putAllProperties(props(properties))
        .build();
  }

  private @Nullable Offering readOffering(int row) throws IOException {
    if (!beginObject(row, Fields.OFFERING_TYPE)) {
      return null;
    }
    Common c = new Common();
    OfferingType type = null;
    String category = null;
    Delivery delivery = null;
    Lifecycle lifecycle = null;
    String owner = null;
    Pricing pricing = null;
    Offering.Builder b = Offering.builder();
    int field;
    while ((field = nextField()) >= 0) {
      if (common(field, c)) {
        continue;
      }
      switch (field) {
        case Fields.TYPE -> type = enumValue(field, EnumCodes.OFFERING_TYPES);
        case Fields.CATEGORY -> category = string(field, true);
        case Fields.DELIVERY -> delivery = enumValue(field, EnumCodes.DELIVERIES);
        case Fields.LIFECYCLE -> lifecycle = enumValue(field, EnumCodes.LIFECYCLES);
        case Fields.OWNER -> owner = string(field, true);
        case Fields.CONSUMERS -> strings(field, b::addConsumers);
        case Fields.REALIZED_BY -> strings(field, b::addRealizedBy);
        default -> pricing = readPricing(valueRow);
      }
    }
    long s = endObject();
    if (!require(
            row, s, Fields.OFFERING_TYPE, Fields.ID, Fields.NAME, Fields.TYPE, Fields.LIFECYCLE)
        || !c.complete()
        || type == null
        || lifecycle == null) {
      return null;
    }
    return b.id(c.id())
        .name(c.name())
        .description(Optional.ofNullable(c.description))
        .putAllProperties(props(c.properties))
        .type(type)
        .category(Optional.ofNullable(category))
        .delivery(Optional.ofNullable(delivery))
        .lifecycle(lifecycle)
        .owner(Optional.ofNullable(owner))
        .pricing(Optional.ofNullable(pricing))
        .build();
  }

  private @Nullable Pricing readPricing(int row) throws IOException {
    if (!beginObject(row, Fields.PRICING_TYPE)) {
      return null;
    }
    PricingModel model = null;
    BigDecimal amount = null;
    String currency = null;
    String unit = null;
    int field;
    while ((field = nextField()) >= 0) {
      switch (field) {
        case Fields.MODEL -> model = enumValue(field, EnumCodes.PRICING_MODELS);
        case Fields.AMOUNT -> amount = decimal(field);
        case Fields.CURRENCY -> currency = string(field, true);
        default -> unit = string(field, true);
      }
    }
    long s = endObject();
    if (!require(row, s, Fields.PRICING_TYPE, Fields.MODEL) || model == null) {
      return null;
    }
    return Pricing.builder()
        .model(model)
        .amount(Optional.ofNullable(amount))
        .currency(Optional.ofNullable(currency))
        .unit(Optional.ofNullable(unit))
        .build();
  }

  private @Nullable Kpi readKpi(int row) throws IOException {
    if (!beginObject(row, Fields.KPI_TYPE)) {
      return null;
    }
    Common c = new Common();
    String unit = null;
    Direction direction = null;
    BigDecimal target = null;
    BigDecimal baseline = null;
    Kpi.Builder b = Kpi.builder();
    int field;
    while ((field = nextField()) >= 0) {
      if (common(field, c)) {
        continue;
      }
      switch (field) {
        case Fields.UNIT -> unit = string(field, true);
        case Fields.DIRECTION -> direction = enumValue(field, EnumCodes.DIRECTIONS);
        case Fields.TARGET -> target = decimal(field);
        case Fields.BASELINE -> baseline = decimal(field);
        default -> strings(field, b::addMeasures);
      }
    }
    long s = endObject();
    if (!require(row, s, Fields.KPI_TYPE, Fields.ID, Fields.NAME, Fields.DIRECTION)
        || !c.complete()
        || direction == null) {
      return null;
    }
    return b.id(c.id())
        .name(c.name())
        .description(Optional.ofNullable(c.description))
        .putAllProperties(props(c.properties))
        .unit(Optional.ofNullable(unit))
        .direction(direction)
        .target(Optional.ofNullable(target))
        .baseline(Optional.ofNullable(baseline))
        .build();
  }

  private @Nullable Assignment readAssignment(int row) throws IOException {
    if (!beginObject(row, Fields.ASSIGNMENT_TYPE)) {
      return null;
    }
    String role = null;
    String target = null;
    Responsibility responsibility = null;
    Map<String, String> properties = null;
    int field;
    while ((field = nextField()) >= 0) {
      switch (field) {
        case Fields.ROLE -> role = string(field, false);
        case Fields.TARGET -> target = string(field, false);
        case Fields.RESPONSIBILITY -> responsibility = enumValue(field, EnumCodes.RESPONSIBILITIES);
        default -> properties = properties();
      }
    }
    long s = endObject();
    if (!require(row, s, Fields.ASSIGNMENT_TYPE, Fields.ROLE, Fields.TARGET, Fields.RESPONSIBILITY)
        || role == null
        || target == null
        || responsibility == null) {
      return null;
    }
    return Assignment.builder()
        .role(role)
        .target(target)
        .responsibility(responsibility)
        .putAllProperties(props(properties))
        .build();
  }
}
