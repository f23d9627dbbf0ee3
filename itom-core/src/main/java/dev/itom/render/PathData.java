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

  /** A quadratic Bézier curve through a control point to {@code end}: {@code Q ...}. */
  PathData quad(Point control, Point end) {
    d.append(" Q ");
    d.append(Text.num(control.x())).append(' ').append(Text.num(control.y())).append(' ');
    d.append(Text.num(end.x())).append(' ').append(Text.num(end.y()));
    return this;
  }

  /**
   * A line through {@code corners}, each inner corner rounded off by a quadratic curve that starts
   * and ends at most {@code radius} (and at most half of each segment) from the corner, so the line
   * never leaves the corners' bounding box.
   */
  static String rounded(List<Point> corners, double radius) {
    PathData path = new PathData().move(corners.get(0).x(), corners.get(0).y());
    for (int i = 1; i < corners.size() - 1; i++) {
      Point before = corners.get(i - 1);
      Point corner = corners.get(i);
      Point after = corners.get(i + 1);
      double r = Math.min(radius, Math.min(distance(before, corner), distance(corner, after)) / 2);
      Point in = towards(corner, before, r);
      Point out = towards(corner, after, r);
      path.line(in.x(), in.y()).quad(corner, out);
    }
    Point last = corners.get(corners.size() - 1);
    return path.line(last.x(), last.y()).toString();
  }

  private static double distance(Point a, Point b) {
    return Math.hypot(b.x() - a.x(), b.y() - a.y());
  }

  /** The point {@code r} from {@code from} on the way to {@code to}. */
  private static Point towards(Point from, Point to, double r) {
    double d = distance(from, to);
    return d == 0
        ? from
        : new Point(from.x() + (to.x() - from.x()) * r / d, from.y() + (to.y() - from.y()) * r / d);
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
