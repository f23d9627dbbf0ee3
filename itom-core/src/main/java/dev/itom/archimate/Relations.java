package dev.itom.archimate;

import dev.itom.model.ElementKind;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a relationship of a foreign file, which carries no {@code itom:relation}, stands for: the
 * itom reference its type and the kinds of its two ends imply, or null if itom has none.
 */
final class Relations {
  private Relations() {}

  private static final Set<ElementKind> CHAIN_PARTS =
      Set.of(ElementKind.STAGE, ElementKind.VALUE_CHAIN);

  static @Nullable String infer(
      String type,
      @Nullable String accessType,
      ElementKind source,
      ElementKind target,
      boolean ownerFree,
      boolean consecutive) {
    boolean stages = source == ElementKind.STAGE && target == ElementKind.STAGE;
    return switch (type) {
      case "Composition" ->
          source == ElementKind.VALUE_CHAIN
              ? Mapping.STAGES
              : source == ElementKind.OFFERING ? Mapping.OPTIONS : null;
      case "Flow" -> stages ? (consecutive ? Mapping.SEQUENCE : Mapping.ALIGNMENT) : null;
      case "Triggering" -> stages ? Mapping.ALIGNMENT : null;
      case "Association" ->
          stages ? Mapping.ALIGNMENT : source == ElementKind.KPI ? "measures" : null;
      case "Assignment" ->
          source != ElementKind.ROLE
              ? null
              : ownerFree && hasOwner(target) ? Mapping.OWNER : Mapping.ASSIGNMENT;
      case "Serving" ->
          source == ElementKind.OFFERING && target == ElementKind.CONSUMER
              ? "consumers"
              : source == ElementKind.PROCESS && CHAIN_PARTS.contains(target) ? "supports" : null;
      case "Realization" ->
          source == ElementKind.PROCESS && CHAIN_PARTS.contains(target) ? "supports" : null;
      case "Access" ->
          source == ElementKind.STAGE && target == ElementKind.ARTIFACT
              ? ("Write".equals(accessType) ? "produces" : "consumes")
              : null;
      default -> null;
    };
  }

  /** The alignment kind a stage-to-stage relationship of this type stands for. */
  static String alignmentKind(String type) {
    return switch (type) {
      case "Triggering" -> "handoff";
      case "Flow" -> "feedback";
      default -> "alignment";
    };
  }

  /** Whether elements of this kind have an owner. */
  static boolean hasOwner(ElementKind kind) {
    return kind == ElementKind.STAGE || kind == ElementKind.PROCESS || kind == ElementKind.OFFERING;
  }

  /** The name of the model's list that holds elements of this kind, as in a JSON Pointer. */
  static String listName(ElementKind kind) {
    return switch (kind) {
      case ROLE -> "roles";
      case CONSUMER -> "consumers";
      case ARTIFACT -> "artifacts";
      case VALUE_CHAIN -> "valueChains";
      case PROCESS -> "processes";
      case OFFERING -> "offerings";
      case KPI -> "kpis";
      case STAGE -> "stages";
      case OPTION -> "options";
    };
  }

  /**
   * An itom id for a foreign identifier: the identifier if it is one, otherwise with each character
   * an id cannot hold as a hyphen, a leading {@code x} if it must start otherwise, cut to length,
   * and numbered if it is taken.
   */
  static String itomId(String identifier, Set<String> taken) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < identifier.length() && b.length() < 120; i++) {
      char c = identifier.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
      b.append(ok ? c : '-');
    }
    if (b.length() == 0 || !Character.isLetterOrDigit(b.charAt(0))) {
      b.insert(0, 'x');
    }
    String base = b.toString();
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * Fills the required fields a foreign file has no property for: a consumer is a business unit, a
   * chain custom, a process supporting, an offering active and of the type its ArchiMate type says,
   * a KPI better when higher.
   */
  static void defaults(ElementKind kind, String type, Values.Bag bag) {
    switch (kind) {
      case CONSUMER -> fill(bag, "kind", "business-unit");
      case VALUE_CHAIN -> fill(bag, "kind", "custom");
      case PROCESS -> fill(bag, "category", "supporting");
      case OFFERING -> {
        fill(bag, "type", type.equals("Product") ? "product" : "service");
        fill(bag, "lifecycle", "active");
      }
      case KPI -> fill(bag, "direction", "higher-is-better");
      default -> {}
    }
  }

  private static void fill(Values.Bag bag, String path, String value) {
    if (bag.one(path) == null) {
      bag.add(path, value);
    }
  }
}
