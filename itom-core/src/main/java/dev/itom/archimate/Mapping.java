package dev.itom.archimate;

import dev.itom.model.Element;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How itom and the exchange format name each other's things: the ArchiMate type of each kind of
 * element, the relationship of each reference, identifiers and itom's property names. Shared by the
 * writer and the reader so that the two cannot drift apart.
 */
final class Mapping {
  private Mapping() {}

  static final String NS = "http://www.opengroup.org/xsd/archimate/3.0/";

  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  static final String SCHEMA_LOCATION =
      NS + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";

  /** The prefix of every property name itom writes for a field of its own. */
  static final String ITOM = "itom:";

  /** The property that says which itom reference a relationship stands for. */
  static final String RELATION = ITOM + "relation";

  /** Property-name prefix of a value quoted because XML cannot hold it as it is. */
  static final String QUOTED = ITOM + "quoted.";

  /** Property-name prefix of an extension property whose key XML cannot hold or itom reserves. */
  static final String PROPERTY = ITOM + "property.";

  /** The property that marks the view itom draws from the model (not imported as content). */
  static final String VIEW = ITOM + "view";

  // The itom references a relationship can stand for, as the RELATION property names them.
  static final String OWNER = "owner";
  static final String STAGES = "stages";
  static final String SEQUENCE = "sequence";
  static final String OPTIONS = "options";
  static final String ALIGNMENT = "alignment";
  static final String ASSIGNMENT = "assignment";

  /** The element types that ArchiMate lets a business role be assigned to. */
  private static final Set<String> ASSIGNABLE = Set.of("BusinessProcess", "BusinessService");

  /** The ArchiMate type of an itom element. */
  static String elementType(Element element) {
    return switch (element.elementKind()) {
      case ROLE -> "BusinessRole";
      case CONSUMER -> "BusinessActor";
      case ARTIFACT -> "BusinessObject";
      case VALUE_CHAIN, STAGE -> "ValueStream";
      case PROCESS -> "BusinessProcess";
      case OFFERING ->
          ((Offering) element).type() == OfferingType.PRODUCT ? "Product" : "BusinessService";
      case OPTION -> "BusinessService";
      case KPI -> "Outcome";
    };
  }

  /**
   * The ArchiMate relationship type of an itom reference, from the element holding it to the one it
   * names: the most specific one ArchiMate's relationship tables allow between the two types.
   */
  static String relationshipType(String relation, String targetType) {
    return switch (relation) {
      case OWNER, ASSIGNMENT -> ASSIGNABLE.contains(targetType) ? "Assignment" : "Association";
      case STAGES, OPTIONS -> "Composition";
      case SEQUENCE -> "Flow";
      case "consumers" -> "Serving";
      default -> "Association";
    };
  }

  /** The relationship type of an alignment of the given kind code. */
  static String alignmentType(String kind) {
    return switch (kind) {
      case "handoff" -> "Triggering";
      case "feedback" -> "Flow";
      default -> "Association";
    };
  }

  /** The name a tool shows on the relationship of an itom reference. */
  static String relationLabel(String relation) {
    return switch (relation) {
      case OWNER -> "owns";
      case STAGES -> "has stage";
      case SEQUENCE -> "then";
      case OPTIONS -> "has option";
      case "consumers" -> "serves";
      case "realizedBy" -> "realized by";
      case "supports", "measures", "consumes", "produces" -> relation;
      default -> relation.toLowerCase(Locale.ROOT);
    };
  }

  /**
   * An {@code xs:ID} for an itom id: a prefix, then the id with letters, digits, dots and hyphens
   * kept and any other character as {@code _hex_}: injective, so two ids never meet, and never
   * starting with a digit.
   */
  static String identifier(String prefix, String id) {
    StringBuilder b = new StringBuilder(prefix.length() + id.length() + 4).append(prefix);
    id.codePoints()
        .forEach(
            c -> {
              if ((c >= 'a' && c <= 'z')
                  || (c >= 'A' && c <= 'Z')
                  || (c >= '0' && c <= '9')
                  || c == '.'
                  || c == '-') {
                b.appendCodePoint(c);
              } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
              }
            });
    return b.toString();
  }

  /** The value of a key every caller knows to be present. */
  static String lookup(Map<String, String> map, String key) {
    String value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("no identifier for " + key);
    }
    return value;
  }
}
