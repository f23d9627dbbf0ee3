package dev.itom.render;

/** A rectangle of the map, in pixels: its top-left corner, width and height. */
record Box(double x, double y, double width, double height) {
  /** Returns whether this rectangle and {@code other} share any area (touching edges do not). */
  boolean overlaps(Box other) {
    return x < other.x + other.width
        && other.x < x + width
        && y < other.y + other.height
        && other.y < y + height;
  }
}
