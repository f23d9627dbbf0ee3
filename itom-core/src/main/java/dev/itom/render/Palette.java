package dev.itom.render;

import dev.itom.model.AlignmentKind;
import dev.itom.model.ProcessCategory;
import dev.itom.model.ValueChainKind;

/**
 * The colours and labels of the pictures. Hues come from the Okabe-Ito palette, which readers
 * with any common colour-vision deficiency can tell apart; fills are light tints with dark
 * outlines and text, so the map also reads in grey-scale print. No meaning rests on colour alone:
 * every row and band is labelled and alignments differ by line pattern.
 */
final class Palette {
  static final String FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
  static final String INK = "#1a1a1a";
  static final String MUTED = "#555555";
  static final String RULE = "#b8b8b8";
  static final String ROW = "#f4f4f2";

  private Palette() {}

  static String fill(ValueChainKind kind) {
    switch (kind) {
      case REQUIREMENT_TO_VALUE:
        return "#d6e8f5";
      case ORDER_TO_CASH:
        return "#fbe4c4";
      default:
        return "#d3ede5";
    }
  }

  static String stroke(ValueChainKind kind) {
    switch (kind) {
      case REQUIREMENT_TO_VALUE:
        return "#0072b2";
      case ORDER_TO_CASH:
        return "#b86e00";
      default:
        return "#00845f";
    }
  }

  /** The dark fill of the block that closes a row: the value, cash or outcome it realizes. */
  static String outcome(ValueChainKind kind) {
    switch (kind) {
      case REQUIREMENT_TO_VALUE:
        return "#005a8c";
      case ORDER_TO_CASH:
        return "#9a4a00";
      default:
        return "#006b4d";
    }
  }

  static String outcomeTitle(ValueChainKind kind) {
    switch (kind) {
      case REQUIREMENT_TO_VALUE:
        return "Value realized";
      case ORDER_TO_CASH:
        return "Cash and IT benefit";
      default:
        return "Outcome";
    }
  }

  static String kindLabel(ValueChainKind kind) {
    switch (kind) {
      case REQUIREMENT_TO_VALUE:
        return "core chain \u00b7 Requirement to Value";
      case ORDER_TO_CASH:
        return "core chain \u00b7 Order to Cash";
      default:
        return "custom chain";
    }
  }

  static String kindName(ValueChainKind kind) {
    switch (kind) {
      case REQUIREMENT_TO_VALUE:
        return "Requirement to Value";
      case ORDER_TO_CASH:
        return "Order to Cash";
      default:
        return "Custom";
    }
  }

  static String shortLabel(ValueChainKind kind) {
    switch (kind) {
      case REQUIREMENT_TO_VALUE:
        return "Requirement-to-Value stage";
      case ORDER_TO_CASH:
        return "Order-to-Cash stage";
      default:
        return "Custom-chain stage";
    }
  }

  static String fill(ProcessCategory category) {
    switch (category) {
      case GOVERNING:
        return "#f2dfea";
      case ENABLING:
        return "#fdf3c4";
      default:
        return "#e6e6e6";
    }
  }

  static String stroke(ProcessCategory category) {
    switch (category) {
      case GOVERNING:
        return "#a4527f";
      case ENABLING:
        return "#9c8500";
      default:
        return "#6b6b6b";
    }
  }

  static String bandFill(ProcessCategory category) {
    switch (category) {
      case GOVERNING:
        return "#fbf4f8";
      case ENABLING:
        return "#fefbea";
      default:
        return "#f6f6f6";
    }
  }

  static String label(ProcessCategory category) {
    switch (category) {
      case GOVERNING:
        return "Governing and aligning processes";
      case ENABLING:
        return "Enabling processes";
      default:
        return "Supporting processes";
    }
  }

  /** The SVG {@code stroke-dasharray} of an alignment kind, or empty for a solid line. */
  static String dash(AlignmentKind kind) {
    switch (kind) {
      case FEEDBACK:
        return "8 5";
      case ALIGNMENT:
        return "1.5 4";
      default:
        return "";
    }
  }

  static double strokeWidth(AlignmentKind kind) {
    return kind == AlignmentKind.HANDOFF ? 2.2 : 2.0;
  }
}
