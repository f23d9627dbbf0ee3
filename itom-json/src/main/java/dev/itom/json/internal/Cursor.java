package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import dev.itom.internal.Texts;
import dev.itom.json.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over the parser of one document: it walks objects and arrays, checks each field name
 * against the object's type (unknown and duplicate fields), records where every value stood, and
 * collects the problems and warnings found on the way, giving up ({@link Abort}) after {@value
 * #MAX_PROBLEMS}. The element readers read values through it; one instance reads one document and
 * is not thread-safe.
 */
final class Cursor {
  /** The most problems collected before reading stops. */
  static final int MAX_PROBLEMS = 100;

  /** The field of the document object that names its JSON Schema, for editors. */
  private static final String SCHEMA = "$schema";

  /** The deepest nesting of the format's objects the cursor keeps track of. */
  private static final int MAX_DEPTH = 32;

  private final JsonParser p;
  private final String formatName;
  private final int maxStringLength;
  private final boolean lenient;
  private final Locations locations = new Locations();

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

  /** The strings of the array being read, reused from array to array. */
  private final List<String> strings = new ArrayList<>();

  /** The properties of the object being read, reused from object to object. */
  private final TreeMap<String, String> properties = new TreeMap<>();

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

  /** The row of the current array item, set by {@link #nextItem(int, int)}. */
  private int itemRow;

  /** Signals that reading stops here; the problems are already recorded. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  Cursor(JsonParser parser, boolean lenient, boolean track) {
    boolean yaml = parser.getClass().getSimpleName().startsWith("YAML");
    // only a YAML parser loads the YAML classes
    this.p = yaml ? YamlTokens.wrap(parser) : parser;
    this.track = track;
    this.bytes = parser instanceof UTF8StreamJsonParser utf8 ? utf8 : null;
    this.formatName = yaml ? "YAML" : "JSON";
    this.maxStringLength = parser.streamReadConstraints().getMaxStringLength();
    this.lenient = lenient;
  }

  // ---- state ---------------------------------------------------------------------------------

  JsonParser parser() {
    return p;
  }

  /** Returns {@code JSON} or {@code YAML}, for messages. */
  String formatName() {
    return formatName;
  }

  int maxStringLength() {
    return maxStringLength;
  }

  Locations locations() {
    return locations;
  }

  List<Problem> problems() {
    return problems;
  }

  List<Problem> warnings() {
    return warnings;
  }

  boolean tracks() {
    return track;
  }

  /**
   * Returns the list for the strings of one array, reused from array to array so that reading one
   * allocates nothing but the strings.
   */
  List<String> strings() {
    return strings;
  }

  /**
   * Returns the map for the properties of one object, reused from object to object (clearing a tree
   * map costs nothing, however large the last one was).
   */
  SortedMap<String, String> properties() {
    return properties;
  }

  /** Returns the row of the value being read. */
  int at() {
    return at;
  }

  /** Sets the row of the value being read. */
  void at(int row) {
    at = row;
  }

  /** Returns the name of the field whose value is being advanced to, or null between fields. */
  @Nullable String pendingName() {
    return pendingName;
  }

  /** Returns the row of the current field's value. */
  int valueRow() {
    return valueRow;
  }

  /** Returns the row of the current array item. */
  int itemRow() {
    return itemRow;
  }

  // ---- positions -----------------------------------------------------------------------------

  /** Records the position of the current token as a child of {@code parent}. */
  int row(int parent, int segment) {
    if (!track) {
      return 0;
    }
    UTF8StreamJsonParser utf8 = bytes;
    if (utf8 != null && p.currentToken() != JsonToken.FIELD_NAME) {
      // The same numbers as currentTokenLocation(), without allocating a JsonLocation per value.
      int column = utf8.getTokenColumnNr();
      return locations.add(
          parent, segment, Math.max(0, utf8.getTokenLineNr()), Math.max(0, column - 1));
    }
    JsonLocation location = p.currentTokenLocation();
    return locations.add(
        parent, segment, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
  }

  /** Records the position of the current token as the value of the free-named key of a parent. */
  int keyRow(int parent, String key) {
    return row(parent, track ? locations.keySegment(key) : 0);
  }

  private static int fieldSegment(int field) {
    return -(field + 1);
  }

  // ---- problems ------------------------------------------------------------------------------

  /**
   * Records a problem with one of the {@link ProblemCodes} at a row; stops reading when there are
   * too many.
   */
  void problem(int row, String code, String message) {
    problems.add(problemAt(row, code, message));
    if (problems.size() >= MAX_PROBLEMS) {
      throw new Abort();
    }
  }

  /** Records a problem at a row, before every problem found so far. */
  void firstProblem(int row, String code, String message) {
    problems.add(0, problemAt(row, code, message));
  }

  private Problem problemAt(int row, String code, String message) {
    return Problem.of(
        code, locations.line(row), locations.column(row), locations.pointer(row), message);
  }

  /** Reports that the current token is not what was expected, and skips it. */
  void wrongType(int row, @Nullable String field, String expected, boolean optional)
      throws IOException {
    JsonToken token = p.currentToken();
    String subject = field == null ? "expected " : Texts.quote(field) + " must be ";
    String message = subject + expected + ", not " + describe(token);
    boolean yaml = formatName.equals("YAML");
    if (yaml && token == JsonToken.VALUE_NULL && p.getText().isEmpty()) {
      // an empty plain YAML value: the user wrote nothing, not null
      message =
          (field == null ? "an item" : Texts.quote(field))
              + " has no value: write "
              + expected
              + (optional ? " after the colon, or leave the field out" : "; it is required");
    } else if (token == JsonToken.VALUE_NULL) {
      message += optional ? "; leave the field out instead of writing null" : "; it is required";
    } else if (yaml && expected.startsWith("a string") && token != null && token.isScalarValue()) {
      // YAML 1.1 reads no, on, yes, off as booleans and 1e3, 2026.1 as numbers
      String raw = p.getText();
      message +=
          "; YAML reads "
              + raw
              + " as "
              + describe(token)
              + ": write it in quotes: "
              + (field == null ? "- " : field + ": ")
              + Texts.quote(raw);
    }
    problem(
        row,
        token == JsonToken.VALUE_NULL ? ProblemCodes.NULL_VALUE : ProblemCodes.WRONG_TYPE,
        message);
    p.skipChildren();
  }

  /**
   * Returns the current string token's text; enforces the string limit also for parsers that do not
   * (YAML).
   */
  String text() throws IOException {
    String text = p.getText();
    if (text.length() > maxStringLength) {
      problem(
          at,
          ProblemCodes.TOO_LARGE,
          "a string is longer than the reader's limit of "
              + maxStringLength
              + " characters; shorten it or raise the limit with withMaxStringLength(..)");
    }
    return text;
  }

  /** Names the kind of a token for messages. */
  static String describe(@Nullable JsonToken token) {
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

  // ---- objects -------------------------------------------------------------------------------

  /** Opens the object at the current token; false (after a problem) if it is not an object. */
  boolean beginObject(int row, Fields.Type type) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(row, null, type.what + " (a JSON object)", false);
      return false;
    }
    depth++;
    if (depth >= MAX_DEPTH) {
      problem(row, ProblemCodes.TOO_DEEP, "nested too deeply");
      throw new Abort();
    }
    objectRow[depth] = row;
    seen[depth] = 0;
    objectType[depth] = type;
    return true;
  }

  /**
   * Advances to the next known field of the open object and onto its value; returns the field's
   * number, or -1 at the end of the object (which {@link #endObject()} then closes). Unknown and
   * duplicate fields are reported and skipped.
   */
  int nextField() throws IOException {
    int object = objectRow[depth];
    Fields.Type type = objectType[depth];
    while (true) {
      at = object;
      JsonToken token = p.nextToken();
      if (token == JsonToken.END_OBJECT) {
        return -1;
      }
      String name = p.currentName();
      if (depth == 0 && name.equals(SCHEMA)) {
        schemaField(object);
        continue;
      }
      int field = Fields.id(name);
      if (!type.allows(field)) {
        unknownField(object, type, name);
        continue;
      }
      long bit = 1L << field;
      if ((seen[depth] & bit) != 0) {
        int row = row(object, fieldSegment(field));
        problem(
            row,
            ProblemCodes.DUPLICATE_KEY,
            "duplicate field "
                + Texts.quote(name)
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

  /**
   * Accepts {@code $schema} in the document object, which editors read to offer completion, and
   * skips its value, which must be a string; the model does not keep it.
   */
  private void schemaField(int object) throws IOException {
    p.nextToken();
    int row = keyRow(object, SCHEMA);
    at = row;
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(row, SCHEMA, "a string (the address of the document's JSON Schema)", true);
    }
    at = object;
  }

  /** Reports (or in lenient mode warns of) an unknown field, and skips its value. */
  private void unknownField(int object, Fields.Type type, String name) throws IOException {
    int row = keyRow(object, name);
    at = row;
    String message =
        "unknown field "
            + Texts.quote(name)
            + " in "
            + type.what
            + "; the fields are: "
            + type.list();
    if (lenient) {
      warnings.add(problemAt(row, ProblemCodes.UNKNOWN_FIELD, message + " (skipped)"));
    } else {
      problem(row, ProblemCodes.UNKNOWN_FIELD, message);
    }
    p.nextToken();
    p.skipChildren();
  }

  /** Closes the object after {@link #nextField()} returned -1; returns the fields seen. */
  long endObject() {
    return seen[depth--];
  }

  /**
   * Reports each required field of {@code type} that is absent from {@code seenFields}, in
   * canonical order, at the object's row; true if all are present.
   */
  boolean require(int row, long seenFields, Fields.Type type) {
    if ((seenFields & type.required) == type.required) {
      return true;
    }
    for (int field : type.order) {
      long bit = 1L << field;
      if ((type.required & bit) != 0 && (seenFields & bit) == 0) {
        problem(
            row,
            ProblemCodes.MISSING_FIELD,
            "missing required field "
                + Texts.quote(Fields.NAMES[field])
                + " in "
                + type.what
                + "; add it");
      }
    }
    return false;
  }

  // ---- arrays --------------------------------------------------------------------------------

  /**
   * Opens the array that is the current field's value; returns its row, or -1 (after a problem) if
   * the value is not an array.
   *
   * @param field the field whose value it is
   * @param items what the array holds, for the message
   */
  int beginArray(int field, String items) throws IOException {
    int array = valueRow;
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(array, Fields.NAMES[field], "an array of " + items, true);
      return -1;
    }
    return array;
  }

  /**
   * Advances to item {@code index} of an array opened by {@link #beginArray}; false at its end. The
   * item's row is then {@link #itemRow()}, and it is the value being read.
   */
  boolean nextItem(int array, int index) throws IOException {
    if (p.nextToken() == JsonToken.END_ARRAY) {
      return false;
    }
    itemRow = row(array, index);
    at = itemRow;
    return true;
  }

  /** Closes an array after {@link #nextItem} returned false. */
  void endArray(int array) {
    at = array;
  }
}
