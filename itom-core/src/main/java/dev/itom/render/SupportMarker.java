package dev.itom.render;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Stage;
import dev.itom.model.ValueChain;

/**
 * A mark under a process bar for one thing the process supports: a strip spanning a whole chain, or
 * a triangle over a stage's column.
 */
sealed interface SupportMarker {
  /** The id of the supported chain or stage. */
  String supports();

  /** The supported chain, or the chain of the supported stage: the marker has its colour. */
  ValueChain chain();

  /**
   * A strip for a supported chain, spanning its stages' columns.
   *
   * @param supports the chain's id
   * @param chain the chain
   * @param box the strip
   */
  record Strip(String supports, ValueChain chain, Box box) implements SupportMarker {}

  /**
   * A triangle for a supported stage, pointing down at the middle of its column.
   *
   * @param supports the stage's id
   * @param chain the stage's chain
   * @param stage the stage
   * @param corners the three corners: top left, top right, the tip below
   */
  record Triangle(String supports, ValueChain chain, Stage stage, ImmutableList<Point> corners)
      implements SupportMarker {}
}
