package dev.itom.json.internal;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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
  /**
   * Every field name of the format, numbered: {@code format}, then the names of the metamodel's
   * fields in the order they first appear in {@link Metamodel#types()}. The numbers below must
   * match (checked when the class loads), so that readers can switch on them.
   */
  static final String[] NAMES = names();

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
  static final int VALUE_PROPOSITION = 33;
  static final int OPTIONS = 34;
  static final int ALTERNATIVES = 35;
  static final int MODEL = 36;
  static final int AMOUNT = 37;
  static final int CURRENCY = 38;
  static final int UNIT = 39;
  static final int LEAD_TIME = 40;
  static final int SERVICE_LEVELS = 41;
  static final int TARGET = 42;
  static final int DIRECTION = 43;
  static final int BASELINE = 44;
  static final int MEASURES = 45;
  static final int ROLE = 46;
  static final int RESPONSIBILITY = 47;

  private static final Map<String, Integer> IDS = new HashMap<>();

  /** The field names as Jackson writes them, indexed by field number. */
  private static final SerializableString[] KEYS = new SerializableString[COUNT];

  static {
    checkState(
        COUNT <= Long.SIZE, "a field mask holds at most 64 fields, the format has %s", COUNT);
    for (int i = 0; i < COUNT; i++) {
      IDS.put(NAMES[i], i);
      KEYS[i] = new SerializedString(NAMES[i]);
    }
  }

  private static String[] names() {
    Set<String> names = new LinkedHashSet<>();
    names.add("format");
    for (MetaType<?> type : Metamodel.types()) {
      for (MetaField<?> field : type.fields()) {
        names.add(field.name());
      }
    }
    return names.toArray(new String[0]);
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

    /**
     * Returns the object type of {@code type}: its fields in metamodel order, after the given
     * leading fields (the document's {@code format}, which is required but reported apart), and the
     * fields the metamodel requires.
     */
    static Type of(String what, MetaType<?> type, int... leading) {
      int[] order = new int[leading.length + type.fields().size()];
      System.arraycopy(leading, 0, order, 0, leading.length);
      long required = 0;
      int i = leading.length;
      for (MetaField<?> field : type.fields()) {
        int id = id(field.name());
        order[i++] = id;
        if (field.required()) {
          required |= 1L << id;
        }
      }
      return new Type(what, required, order);
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

  static final Type DOCUMENT = Type.of("an operating model", Metamodel.MODEL, FORMAT);
  static final Type ROLE_TYPE = Type.of("a role", Metamodel.ROLE);
  static final Type CONSUMER_TYPE = Type.of("a consumer", Metamodel.CONSUMER);
  static final Type ARTIFACT_TYPE = Type.of("an artifact", Metamodel.ARTIFACT);
  static final Type CHAIN_TYPE = Type.of("a value chain", Metamodel.VALUE_CHAIN);
  static final Type STAGE_TYPE = Type.of("a stage", Metamodel.STAGE);
  static final Type PROCESS_TYPE = Type.of("a support process", Metamodel.PROCESS);
  static final Type FRAMEWORK_TYPE =
      Type.of("a framework reference", Metamodel.FRAMEWORK_REFERENCE);
  static final Type ALIGNMENT_TYPE = Type.of("an alignment", Metamodel.ALIGNMENT);
  static final Type OFFERING_TYPE = Type.of("an offering", Metamodel.OFFERING);
  static final Type PRICING_TYPE = Type.of("a pricing", Metamodel.PRICING);
  static final Type OPTION_TYPE = Type.of("an option", Metamodel.OPTION);
  static final Type SERVICE_LEVEL_TYPE = Type.of("a service level", Metamodel.SERVICE_LEVEL);
  static final Type ALTERNATIVE_TYPE = Type.of("an alternative", Metamodel.ALTERNATIVE);
  static final Type KPI_TYPE = Type.of("a KPI", Metamodel.KPI);
  static final Type ASSIGNMENT_TYPE = Type.of("an assignment", Metamodel.ASSIGNMENT);
}
