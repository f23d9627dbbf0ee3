package dev.itom.render;

import dev.itom.model.AlignmentKind;
import dev.itom.model.ProcessCategory;
import dev.itom.model.ValueChainKind;

/**
 * The colours and labels of the pictures. Hues come from the Okabe-Ito palette, which readers with
 * any common colour-vision deficiency can tell apart; fills are light tints with dark outlines and
 * text, so the map also reads in grey-scale print. No meaning rests on colour alone: every row and
 * band is labelled and alignments differ by line pattern.
 */
final class Palette {
  static final String FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
  static final String INK = "#1a1a1a";
  static final String MUTED = "#555555";
  static final String RULE = "#b8b8b8";
  static final String ROW = "#f4f4f2";

  private Palette() {}

  static String fill(ValueChainKind kind) {
    return switch (kind) {
      case REQUIREMENT_TO_VALUE -> "#d6e8f5";
      case ORDER_TO_CASH -> "#fbe4c4";
      default -> "#d3ede5";
    };
  }

  static String stroke(ValueChainKind kind) {
    return switch (kind) {
      case REQUIREMENT_TO_VALUE -> "#0072b2";
      case ORDER_TO_CASH -> "#b86e00";
      default -> "#00845f";
    };
  }

  /** The dark fill of the block that closes a row: the value, cash or outcome it realizes. */
  static String outcome(ValueChainKind kind) {
    return switch (kind) {
      case REQUIREMENT_TO_VALUE -> "#005a8c";
      case ORDER_TO_CASH -> "#9a4a00";
      default -> "#006b4d";
    };
  }

  static String outcomeTitle(ValueChainKind kind) {
    return switch (kind) {
      case REQUIREMENT_TO_VALUE -> "Value realized";
      case ORDER_TO_CASH -> "Cash and IT benefit";
      default -> "Outcome";
    };
  }

  static String kindLabel(ValueChainKind kind) {
    return switch (kind) {
      case REQUIREMENT_TO_VALUE -> "core chain \u00b7 Requirement to Value";
      case ORDER_TO_CASH -> "core chain \u00b7 Order to Cash";
      default -> "custom chain";
    };
  }

  static String kindName(ValueChainKind kind) {
    return switch (kind) {
      case REQUIREMENT_TO_VALUE -> "Requirement to Value";
      case ORDER_TO_CASH -> "Order to Cash";
      default -> "Custom";
    };
  }

  static String shortLabel(ValueChainKind kind) {
    return switch (kind) {
      case REQUIREMENT_TO_VALUE -> "Requirement-to-Value stage";
      case ORDER_TO_CASH -> "Order-to-Cash stage";
      default -> "Custom-chain stage";
    };
  }

  static String fill(ProcessCategory category) {
    return switch (category) {
      case GOVERNING -> "#f2dfea";
      case ENABLING -> "#fdf3c4";
      default -> "#e6e6e6";
    };
  }

  static String stroke(ProcessCategory category) {
    return switch (category) {
      case GOVERNING -> "#a4527f";
      case ENABLING -> "#9c8500";
      default -> "#6b6b6b";
    };
  }

  static String bandFill(ProcessCategory category) {
    return switch (category) {
      case GOVERNING -> "#fbf4f8";
      case ENABLING -> "#fefbea";
      default -> "#f6f6f6";
    };
  }

  static String label(ProcessCategory category) {
    return switch (category) {
      case GOVERNING -> "Governing and aligning processes";
      case ENABLING -> "Enabling processes";
      default -> "Supporting processes";
    };
  }

  /** The SVG {@code stroke-dasharray} of an alignment kind, or empty for a solid line. */
  static String dash(AlignmentKind kind) {
    return switch (kind) {
      case FEEDBACK -> "8 5";
      case ALIGNMENT -> "1.5 4";
      default -> "";
    };
  }

  static double strokeWidth(AlignmentKind kind) {
    return kind == AlignmentKind.HANDOFF ? 2.2 : 2.0;
  }
}
