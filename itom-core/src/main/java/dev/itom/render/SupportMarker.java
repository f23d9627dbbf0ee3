package dev.itom.render;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Stage;
import dev.itom.model.ValueChain;

/**
 * A mark under a process bar for one thing the process supports: a strip spanning a whole chain, or
 * a triangle over a stage's column. Each carries the number of the chain it points at (the number
 * on the chain's {@link Badge}), so that it reads without its colour; triangles for stages of
 * several chains in one column stand side by side.
 */
sealed interface SupportMarker {
  /** The id of the supported chain or stage. */
  String supports();

  /** The supported chain, or the chain of the supported stage: the marker has its colour. */
  ValueChain chain();

  /** The chain's number, placed beside the marker. */
  TextLine number();

  /** The box the marker and its number take. */
  Box bounds();

  /**
   * A strip for a supported chain, spanning its stages' columns, with the chain's number left of
   * its start (the number's anchor is its right end).
   *
   * @param supports the chain's id
   * @param chain the chain
   * @param box the strip
   * @param number the chain's number, right-aligned before the strip
   * @since 0.1
   */
  record Strip(String supports, ValueChain chain, Box box, TextLine number)
      implements SupportMarker {
    @Override
    public Box bounds() {
      double w = Text.width(number.text(), NUMBER_SIZE, true);
      return new Box(number.x() - w, box.y() - 2, box.width() + w + 3, box.height() + 4);
    }
  }

  /**
   * A triangle for a supported stage, pointing down into its column, with the chain's number right
   * of it (the number's anchor is its left end).
   *
   * @param supports the stage's id
   * @param chain the stage's chain
   * @param stage the stage
   * @param corners the three corners: top left, top right, the tip below
   * @param number the chain's number, after the triangle
   * @since 0.1
   */
  record Triangle(
      String supports, ValueChain chain, Stage stage, ImmutableList<Point> corners, TextLine number)
      implements SupportMarker {
    @Override
    public Box bounds() {
      Point left = corners.get(0);
      double w = number.x() + Text.width(number.text(), NUMBER_SIZE, true) - left.x();
      return new Box(left.x(), left.y(), w, corners.get(2).y() - left.y());
    }
  }

  /** The font size of a marker's chain number. */
  double NUMBER_SIZE = 10;
}
