package dev.itom.render;

/**
 * A chain's number in a filled circle, at the left edge of its row and in the legend: the number
 * that every support marker pointing at the chain repeats, so that which chain a marker means can
 * be read without its colour.
 *
 * @param centre the middle of the circle
 * @param radius the circle's radius
 * @param number the number, centred on its baseline
 */
record Badge(Point centre, double radius, TextLine number) {
  /** The radius of a chain's badge. */
  static final double RADIUS = 9;

  /** The badge of chain {@code number} centred at ({@code x}, {@code y}). */
  static Badge of(int number, double x, double y) {
    return new Badge(new Point(x, y), RADIUS, new TextLine(Integer.toString(number), x, y + 3.8));
  }
}
