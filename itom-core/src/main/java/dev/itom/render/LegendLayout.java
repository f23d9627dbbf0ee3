package dev.itom.render;

import static dev.itom.render.MapLayout.MARGIN;

import com.google.common.collect.ImmutableList;
import dev.itom.model.AlignmentKind;
import dev.itom.model.ValueChainKind;
import org.jspecify.annotations.Nullable;

/**
 * The legend at the bottom of the map: a rule, the word "Legend", and the items (a chevron per kind
 * of chain, a line per kind of alignment, the two support markers) flowing in rows across the
 * width.
 *
 * @param rule the line above the legend, across the map
 * @param title the heading
 * @param items the items, in reading order
 * @param height the height of the legend, from the rule down
 */
record LegendLayout(Line rule, TextLine title, ImmutableList<Item> items, double height) {
  /** The height of one row of items. */
  static final double ROW = 24;

  /** The shape an item shows. */
  enum Shape {
    /** A small chevron in a chain kind's colours. */
    CHEVRON,
    /** A short arrow in an alignment kind's line pattern. */
    LINE,
    /** The triangle that marks a supported stage. */
    TRIANGLE,
    /** The strip that marks a supported chain. */
    STRIP
  }

  /**
   * One legend item: a shape and its label.
   *
   * @param shape the shape
   * @param chainKind the chain kind a {@link Shape#CHEVRON} shows, otherwise null
   * @param alignmentKind the alignment kind a {@link Shape#LINE} shows, otherwise null
   * @param x the left edge of the shape
   * @param middle the vertical middle of the shape
   * @param label the label, right of the shape
   */
  record Item(
      Shape shape,
      @Nullable ValueChainKind chainKind,
      @Nullable AlignmentKind alignmentKind,
      double x,
      double middle,
      TextLine label) {}

  /** What an item shows, before it is placed. */
  private record Entry(
      Shape shape,
      @Nullable ValueChainKind chainKind,
      @Nullable AlignmentKind alignmentKind,
      String label) {}

  /** Lays out the legend below {@code top} on a map {@code width} wide. */
  static LegendLayout of(double top, double width) {
    double x = MARGIN + 64;
    double y = top + 4;
    int rows = 1;
    ImmutableList.Builder<Item> items = ImmutableList.builder();
    for (Entry entry : entries()) {
      double w = 40 + Text.width(entry.label(), 11, false) + 22;
      if (x + w > width - MARGIN) {
        x = MARGIN + 64;
        y += ROW;
        rows++;
      }
      double mid = y + 12;
      TextLine label = new TextLine(entry.label(), x + 38, mid + 4);
      items.add(new Item(entry.shape(), entry.chainKind(), entry.alignmentKind(), x, mid, label));
      x += w;
    }
    return new LegendLayout(
        new Line(MARGIN, top, width - MARGIN, top),
        new TextLine("Legend", MARGIN, top + 20),
        items.build(),
        26 + rows * ROW);
  }

  /** The items in reading order. */
  private static ImmutableList<Entry> entries() {
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    for (ValueChainKind kind : ValueChainKind.values()) {
      entries.add(new Entry(Shape.CHEVRON, kind, null, Palette.shortLabel(kind)));
    }
    for (AlignmentKind kind : AlignmentKind.values()) {
      entries.add(new Entry(Shape.LINE, null, kind, kind.code()));
    }
    entries.add(new Entry(Shape.TRIANGLE, null, null, "supports a stage"));
    entries.add(new Entry(Shape.STRIP, null, null, "supports a whole chain"));
    return entries.build();
  }
}
