package dev.itom.render;

import java.util.List;

/**
 * Builds the text of an SVG {@code d} (path) or {@code points} (polygon) attribute from numbers,
 * each written by {@link Text#num}.
 */
final class PathData {
  private final StringBuilder d = new StringBuilder();

  /** Starts the path at ({@code x}, {@code y}): {@code M x y}. */
  PathData move(double x, double y) {
    d.append("M ").append(Text.num(x)).append(' ').append(Text.num(y));
    return this;
  }

  /** A straight line to ({@code x}, {@code y}): {@code L x y}. */
  PathData line(double x, double y) {
    d.append(" L ").append(Text.num(x)).append(' ').append(Text.num(y));
    return this;
  }

  /** A cubic Bézier curve through two control points to {@code end}: {@code C ...}. */
  PathData curve(Point control1, Point control2, Point end) {
    d.append(" C ");
    d.append(Text.num(control1.x())).append(' ').append(Text.num(control1.y())).append(' ');
    d.append(Text.num(control2.x())).append(' ').append(Text.num(control2.y())).append(' ');
    d.append(Text.num(end.x())).append(' ').append(Text.num(end.y()));
    return this;
  }

  /** Closes the path: {@code z}. */
  PathData close() {
    d.append(" z");
    return this;
  }

  @Override
  public String toString() {
    return d.toString();
  }

  /** The {@code points} of a polygon: {@code x,y x,y ...}. */
  static String points(List<Point> corners) {
    StringBuilder points = new StringBuilder();
    for (Point corner : corners) {
      if (points.length() > 0) {
        points.append(' ');
      }
      points.append(Text.num(corner.x())).append(',').append(Text.num(corner.y()));
    }
    return points.toString();
  }
}
