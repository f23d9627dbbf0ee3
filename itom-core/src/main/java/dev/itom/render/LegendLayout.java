package dev.itom.render;

import static dev.itom.render.MapLayout.MARGIN;

import com.google.common.collect.ImmutableList;
import dev.itom.model.AlignmentKind;
import dev.itom.model.ValueChainKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The legend at the bottom of the map: a rule, the word "Legend", and the items (a chevron per kind
 * of chain, a line per kind of alignment, the chain number and the two support markers) flowing in
 * rows across the width; below them, one line per arrow whose label is its number, saying which
 * alignment it is.
 *
 * @param rule the line above the legend, across the map
 * @param title the heading
 * @param items the items, in reading order
 * @param notes the numbered arrows, in the order of their numbers
 * @param height the height of the legend, from the rule down
 */
record LegendLayout(
    Line rule,
    TextLine title,
    ImmutableList<Item> items,
    ImmutableList<Note> notes,
    double height) {
  /** The height of one row of items. */
  static final double ROW = 24;

  /** The height of one line on a numbered arrow. */
  static final double NOTE = 20;

  /** The shape an item shows. */
  enum Shape {
    /** A small chevron in a chain kind's colours. */
    CHEVRON,
    /** A short arrow in an alignment kind's line pattern. */
    LINE,
    /** A chain's number in its badge. */
    BADGE,
    /** The triangle that marks a supported stage, with its chain's number. */
    TRIANGLE,
    /** The strip that marks a supported chain, with its chain's number. */
    STRIP
  }

  /**
   * A numbered arrow: its number in a label like the one on the map, and what the arrow is.
   *
   * @param tag the number's box
   * @param number the number, centred in the box
   * @param text the alignment's kind and its two stages
   */
  record Note(Box tag, TextLine number, TextLine text) {}

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

  /**
   * Lays out the legend below {@code top} on a map {@code width} wide, with a line for each of the
   * {@code notes} on the numbered arrows, numbered from 1.
   */
  static LegendLayout of(double top, double width, List<String> notes) {
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
    ImmutableList.Builder<Note> placed = ImmutableList.builder();
    double ny = y + ROW + 4;
    for (int i = 0; i < notes.size(); i++) {
      String number = Integer.toString(i + 1);
      double w = Text.width(number, AlignmentLayout.LABEL_SIZE, true) + 10;
      Box tag = new Box(MARGIN + 64, ny, w, AlignmentLayout.LABEL_HEIGHT);
      String text = Text.fit(notes.get(i), width - 2 * MARGIN - 64 - w - 8, 11, false);
      placed.add(
          new Note(
              tag,
              new TextLine(number, tag.x() + w / 2, ny + 11.5),
              new TextLine(text, tag.x() + w + 8, ny + 12)));
      ny += NOTE;
    }
    return new LegendLayout(
        new Line(MARGIN, top, width - MARGIN, top),
        new TextLine("Legend", MARGIN, top + 20),
        items.build(),
        placed.build(),
        26 + rows * ROW + notes.size() * NOTE);
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
    entries.add(new Entry(Shape.BADGE, null, null, "number of a chain"));
    entries.add(new Entry(Shape.TRIANGLE, null, null, "supports a stage of chain 1"));
    entries.add(new Entry(Shape.STRIP, null, null, "supports the whole chain 1"));
    return entries.build();
  }
}
