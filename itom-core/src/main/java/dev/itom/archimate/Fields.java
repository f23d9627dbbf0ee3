package dev.itom.archimate;

import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Flattens the itom-only fields of a value into ArchiMate properties by the metamodel: every text,
 * number, code and list of texts of the value and of the parts it nests (pricing, service levels,
 * alternatives, framework references), named {@code itom:} and the field's path ({@code
 * itom:pricing.amount}, {@code itom:alternatives.0.name}). Names, descriptions, extension
 * properties, references and nested elements travel otherwise and are skipped here.
 */
final class Fields {
  private Fields() {}

  /** One property: its definition's name, its data type and its value. */
  record Prop(String name, String type, String value) {}

  static <T> void flatten(MetaType<T> type, T value, String path, List<Prop> out) {
    for (MetaField<T> field : type.fields()) {
      Object v = field.get(value);
      String name = field.name();
      boolean top = path.isEmpty();
      if (v == null
          || field.type().isReference()
          || (top && (name.equals("name") || name.equals("description")))
          || field.type() == FieldType.MAP
          || (type == Metamodel.MODEL && field.type() == FieldType.OBJECTS)) {
        continue;
      }
      String at = path + name;
      switch (field.type()) {
        case ID, TEXT -> add(out, at, "string", (String) v);
        case DECIMAL -> add(out, at, "number", decimal((BigDecimal) v));
        case ENUM -> add(out, at, "string", code(field, (Enum<?>) v));
        case TEXTS -> {
          for (Object text : (List<?>) v) {
            add(out, at, "string", (String) text);
          }
        }
        case OBJECT -> nest(field.itemType().orElseThrow(), v, at + ".", out);
        case OBJECTS -> {
          MetaType<?> item = field.itemType().orElseThrow();
          if (item.elementKind().isEmpty()) {
            List<?> items = (List<?>) v;
            for (int i = 0; i < items.size(); i++) {
              nest(item, items.get(i), at + "." + i + ".", out);
            }
          }
        }
        default -> throw new AssertionError(field);
      }
    }
  }

  /** Adds the user's extension properties, each under its own key where XML can hold it. */
  static void extensions(Map<String, String> properties, List<Prop> out) {
    for (Map.Entry<String, String> e : properties.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      if (Xml.isWritable(key) && Xml.isWritable(value) && !key.startsWith(Mapping.ITOM)) {
        out.add(new Prop(key, "string", value));
      } else {
        out.add(new Prop(Mapping.PROPERTY + Xml.quote(key), "string", Xml.quote(value)));
      }
    }
  }

  /** Adds a field's value, quoted under {@code itom:quoted.} if XML cannot hold it as it is. */
  static void add(List<Prop> out, String path, String type, String value) {
    if (Xml.isWritable(value)) {
      out.add(new Prop(Mapping.ITOM + path, type, value));
    } else {
      out.add(new Prop(Mapping.QUOTED + path, "string", Xml.quote(value)));
    }
  }

  /** The code of an enum constant: the field lists its codes in the order of the constants. */
  static String code(MetaField<?> field, Enum<?> constant) {
    Object[] constants = constant.getDeclaringClass().getEnumConstants();
    for (int i = 0; i < constants.length; i++) {
      if (constants[i] == constant) {
        return field.enumCodes().get(i);
      }
    }
    throw new AssertionError(constant);
  }

  @SuppressWarnings("unchecked")
  private static <T> void nest(MetaType<T> type, Object value, String path, List<Prop> out) {
    flatten(type, (T) value, path, out);
  }

  /** A decimal as its exact text: the reader's {@code new BigDecimal} gives back an equal value. */
  static String decimal(BigDecimal d) {
    return d.scale() >= 0 ? d.toPlainString() : d.toString();
  }
}
