package dev.itom.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.HashMap;
import java.util.Map;

/**
 * The one place where the field names of the {@code itom/1} format are spelled, for the reader and
 * the writer alike: each field has a number (its index in {@link #NAMES}), and each object type of
 * the format lists the fields it allows in canonical order. The value of the {@code format} field,
 * {@value #ITOM_1}, is here too.
 */
final class Fields {
  private Fields() {}

  /** The value of the {@code format} field of an {@code itom/1} document: {@value}. */
  static final String ITOM_1 = "itom/1";

  /** The field names, indexed by field number. */
  static final String[] NAMES = {
    "format",
    "id",
    "name",
    "version",
    "description",
    "properties",
    "roles",
    "consumers",
    "artifacts",
    "valueChains",
    "processes",
    "alignments",
    "offerings",
    "kpis",
    "assignments",
    "kind",
    "stages",
    "owner",
    "questions",
    "consumes",
    "produces",
    "category",
    "supports",
    "frameworks",
    "framework",
    "ref",
    "from",
    "to",
    "type",
    "delivery",
    "lifecycle",
    "realizedBy",
    "pricing",
    "model",
    "amount",
    "currency",
    "unit",
    "direction",
    "target",
    "baseline",
    "measures",
    "role",
    "responsibility"
  };

  static final int COUNT = NAMES.length;

  static final int FORMAT = 0;
  static final int ID = 1;
  static final int NAME = 2;
  static final int VERSION = 3;
  static final int DESCRIPTION = 4;
  static final int PROPERTIES = 5;
  static final int ROLES = 6;
  static final int CONSUMERS = 7;
  static final int ARTIFACTS = 8;
  static final int VALUE_CHAINS = 9;
  static final int PROCESSES = 10;
  static final int ALIGNMENTS = 11;
  static final int OFFERINGS = 12;
  static final int KPIS = 13;
  static final int ASSIGNMENTS = 14;
  static final int KIND = 15;
  static final int STAGES = 16;
  static final int OWNER = 17;
  static final int QUESTIONS = 18;
  static final int CONSUMES = 19;
  static final int PRODUCES = 20;
  static final int CATEGORY = 21;
  static final int SUPPORTS = 22;
  static final int FRAMEWORKS = 23;
  static final int FRAMEWORK = 24;
  static final int REF = 25;
  static final int FROM = 26;
  static final int TO = 27;
  static final int TYPE = 28;
  static final int DELIVERY = 29;
  static final int LIFECYCLE = 30;
  static final int REALIZED_BY = 31;
  static final int PRICING = 32;
  static final int MODEL = 33;
  static final int AMOUNT = 34;
  static final int CURRENCY = 35;
  static final int UNIT = 36;
  static final int DIRECTION = 37;
  static final int TARGET = 38;
  static final int BASELINE = 39;
  static final int MEASURES = 40;
  static final int ROLE = 41;
  static final int RESPONSIBILITY = 42;

  private static final Map<String, Integer> IDS = new HashMap<>();

  /** The field names as Jackson writes them, indexed by field number. */
  private static final SerializableString[] KEYS = new SerializableString[COUNT];

  static {
    for (int i = 0; i < COUNT; i++) {
      IDS.put(NAMES[i], i);
      KEYS[i] = new SerializedString(NAMES[i]);
    }
  }

  /** Returns the name of a field, ready for {@code JsonGenerator.writeFieldName}. */
  static SerializableString key(int field) {
    return KEYS[field];
  }

  /** Returns the number of a field name, or -1 if the format has no such field. */
  static int id(String name) {
    Integer id = IDS.get(name);
    return id == null ? -1 : id;
  }

  /**
   * One object type of the format: its name in messages, its fields in canonical order and the
   * fields it requires.
   */
  static final class Type {
    final String what;
    final int[] order;
    final long mask;

    /** The fields that must be present, one bit per field number. */
    final long required;

    Type(String what, int... order) {
      this(what, 0, order);
    }

    private Type(String what, long required, int[] order) {
      this.what = what;
      this.order = order;
      this.required = required;
      long m = 0;
      for (int f : order) {
        m |= 1L << f;
      }
      this.mask = m;
    }

    /** Returns this type with {@code fields} required. */
    Type requires(int... fields) {
      long r = required;
      for (int f : fields) {
        r |= 1L << f;
      }
      return new Type(what, r, order);
    }

    boolean allows(int field) {
      return field >= 0 && (mask & (1L << field)) != 0;
    }

    String list() {
      StringBuilder out = new StringBuilder();
      for (int f : order) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(NAMES[f]);
      }
      return out.toString();
    }
  }

  static final Type DOCUMENT =
      new Type(
              "an operating model",
              FORMAT,
              ID,
              NAME,
              VERSION,
              DESCRIPTION,
              PROPERTIES,
              ROLES,
              CONSUMERS,
              ARTIFACTS,
              VALUE_CHAINS,
              PROCESSES,
              ALIGNMENTS,
              OFFERINGS,
              KPIS,
              ASSIGNMENTS)
          // a missing format is reported apart, before everything else
          .requires(ID, NAME);
  static final Type ROLE_TYPE =
      new Type("a role", ID, NAME, DESCRIPTION, PROPERTIES).requires(ID, NAME);
  static final Type CONSUMER_TYPE =
      new Type("a consumer", ID, NAME, DESCRIPTION, PROPERTIES, KIND).requires(ID, NAME, KIND);
  static final Type ARTIFACT_TYPE =
      new Type("an artifact", ID, NAME, DESCRIPTION, PROPERTIES).requires(ID, NAME);
  static final Type CHAIN_TYPE =
      new Type("a value chain", ID, NAME, DESCRIPTION, PROPERTIES, KIND, STAGES)
          .requires(ID, NAME, KIND);
  static final Type STAGE_TYPE =
      new Type("a stage", ID, NAME, DESCRIPTION, PROPERTIES, OWNER, QUESTIONS, CONSUMES, PRODUCES)
          .requires(ID, NAME);
  static final Type PROCESS_TYPE =
      new Type(
              "a support process",
              ID,
              NAME,
              DESCRIPTION,
              PROPERTIES,
              CATEGORY,
              OWNER,
              SUPPORTS,
              FRAMEWORKS)
          .requires(ID, NAME, CATEGORY);
  static final Type FRAMEWORK_TYPE =
      new Type("a framework reference", FRAMEWORK, REF, NAME).requires(FRAMEWORK, REF);
  static final Type ALIGNMENT_TYPE =
      new Type("an alignment", FROM, TO, KIND, DESCRIPTION, PROPERTIES).requires(FROM, TO, KIND);
  static final Type OFFERING_TYPE =
      new Type(
              "an offering",
              ID,
              NAME,
              DESCRIPTION,
              PROPERTIES,
              TYPE,
              CATEGORY,
              DELIVERY,
              LIFECYCLE,
              OWNER,
              CONSUMERS,
              REALIZED_BY,
              PRICING)
          .requires(ID, NAME, TYPE, LIFECYCLE);
  static final Type PRICING_TYPE =
      new Type("a pricing", MODEL, AMOUNT, CURRENCY, UNIT).requires(MODEL);
  static final Type KPI_TYPE =
      new Type(
              "a KPI",
              ID,
              NAME,
              DESCRIPTION,
              PROPERTIES,
              UNIT,
              DIRECTION,
              TARGET,
              BASELINE,
              MEASURES)
          .requires(ID, NAME, DIRECTION);
  static final Type ASSIGNMENT_TYPE =
      new Type("an assignment", ROLE, TARGET, RESPONSIBILITY, PROPERTIES)
          .requires(ROLE, TARGET, RESPONSIBILITY);
}
