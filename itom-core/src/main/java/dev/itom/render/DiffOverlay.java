package dev.itom.render;

import static dev.itom.render.MapLayout.MARGIN;
import static dev.itom.render.MapPainter.text;

import dev.itom.model.OperatingModel;
import dev.itom.render.DiffMarks.Mark;
import dev.itom.render.DiffMarks.Marked;
import dev.itom.render.DiffMarks.Target;
import java.io.IOException;
import java.util.Set;

/**
 * Draws a diff over the map of the newer model: an outline in the mark's colour around each added,
 * changed or moved stage, chain, process and alignment, and beside it a pill per mark with its
 * glyph and word ({@code + added}, {@code ~ changed}, {@code ↔ moved}), so that no mark rests on
 * colour alone; KPIs get the glyph in a circle over their line's bullet, the model's title a pill
 * after it. Each mark is a group with {@code data-kind="change-mark"}, {@code data-change} (the
 * word), {@code data-target} (what it marks) and {@code data-id} (or {@code data-from}, {@code
 * data-to} and {@code data-alignment}), and the text report's line as its tooltip. Below the map,
 * {@link DiffPanel} draws the key, the removed elements and what the map does not show.
 */
final class DiffOverlay implements MapPainter.Overlay {
  /** The height of a pill. */
  static final double PILL_HEIGHT = 14;

  /** The font size of a pill's text. */
  static final double PILL_SIZE = 10;

  private final MapLayout layout;
  private final DiffMarks marks;
  private final DiffPanel panel;

  DiffOverlay(OperatingModel before, MapLayout layout, DiffMarks marks) {
    this.layout = layout;
    this.marks = marks;
    this.panel = new DiffPanel(before, layout, marks);
  }

  @Override
  public double extraHeight() {
    return panel.height();
  }

  @Override
  public String kind() {
    return "value-chain-diff";
  }

  @Override
  public String title() {
    return "Changes on the value-chain map: ";
  }

  @Override
  public void paint(Markup m) throws IOException {
    m.open("g").attr("data-kind", "change-marks").newline();
    title(m);
    for (BandLayout band : layout.bands()) {
      for (ProcessBar bar : band.bars()) {
        Box box = bar.bar();
        markBox(m, new Target("process", bar.process().id()), box, 5, box.x() + box.width() - 4);
      }
    }
    for (RowLayout row : layout.rows()) {
      Box background = row.background();
      markBox(m, new Target("chain", row.chain().id()), background, 6, -1);
      for (StageLayout stage : row.stages()) {
        stage(m, stage);
      }
      for (OutcomeLayout.KpiLine line : row.outcome().kpiLines()) {
        if (line.kind() == OutcomeLayout.KpiLineKind.KPI) {
          kpi(m, line);
        }
      }
    }
    for (AlignmentLayout arrow : layout.alignments()) {
      alignment(m, arrow);
    }
    m.close().newline();
    panel.paint(m);
  }

  private void title(Markup m) throws IOException {
    Target target = new Target("model", "");
    Marked marked = marks.of(target);
    if (marked == null || layout.title().isEmpty()) {
      return;
    }
    TextLine line = layout.title().get(0);
    open(m, target, marked);
    double x = Math.min(line.x() + Text.width(line.text(), 22, true) + 10, layout.width() - 90);
    pills(m, marked.marks(), x, line.y() - 15);
    m.close().newline();
  }

  /** Outlines a box and writes the pills at its top edge, from {@code right} leftwards if given. */
  private void markBox(Markup m, Target target, Box box, double radius, double right)
      throws IOException {
    Marked marked = marks.of(target);
    if (marked == null) {
      return;
    }
    open(m, target, marked);
    outline(m, marked.marks())
        .attr("x", box.x())
        .attr("y", box.y())
        .attr("width", box.width())
        .attr("height", box.height())
        .attr("rx", radius)
        .close();
    double x = right < 0 ? box.x() + 10 : right - width(marked.marks());
    pills(m, marked.marks(), x, box.y() - PILL_HEIGHT / 2);
    m.close().newline();
  }

  private void stage(Markup m, StageLayout stage) throws IOException {
    Target target = new Target("stage", stage.stage().id());
    Marked marked = marks.of(target);
    if (marked == null) {
      return;
    }
    open(m, target, marked);
    m.open("polygon").attr("points", PathData.points(stage.chevron()));
    outlineStyle(m, marked.marks()).attr("stroke-linejoin", "round").close();
    Box box = stage.box();
    pills(m, marked.marks(), box.x() + MapLayout.POINT, box.y() - PILL_HEIGHT / 2);
    m.close().newline();
  }

  private void kpi(Markup m, OutcomeLayout.KpiLine line) throws IOException {
    Target target = new Target("kpi", line.kpiId());
    Marked marked = marks.of(target);
    if (marked == null) {
      return;
    }
    open(m, target, marked);
    // Over the line's bullet, inside the block, so the glyph takes the bullet's place.
    double x = line.line().x() + 8;
    for (Mark mark : marked.marks()) {
      double r = 6.5;
      m.open("rect")
          .attr("x", x - 2 * r)
          .attr("y", line.line().y() - 4 - r)
          .attr("width", 2 * r)
          .attr("height", 2 * r)
          .attr("rx", r)
          .attr("fill", "#ffffff")
          .attr("stroke", mark.colour)
          .attr("stroke-width", 1.5)
          .close();
      text(m, new TextLine(mark.glyph, x - r, line.line().y()))
          .attr("text-anchor", "middle")
          .attr("font-size", 11)
          .attr("font-weight", "bold")
          .attr("fill", mark.colour)
          .text(mark.glyph)
          .close();
      x -= 2 * r + 2;
    }
    m.close().newline();
  }

  private void alignment(Markup m, AlignmentLayout arrow) throws IOException {
    Target target = Target.of(arrow.alignment());
    Marked marked = marks.of(target);
    if (marked == null) {
      return;
    }
    open(m, target, marked);
    PathData d = new PathData();
    for (int i = 0; i < arrow.path().size(); i++) {
      Point p = arrow.path().get(i);
      if (i == 0) {
        d.move(p.x(), p.y());
      } else {
        d.line(p.x(), p.y());
      }
    }
    m.open("path")
        .attr("d", d.toString())
        .attr("fill", "none")
        .attr("stroke", marked.marks().iterator().next().colour)
        .attr("stroke-width", 6)
        .attr("stroke-opacity", 0.35)
        .attr("stroke-linejoin", "round")
        .close();
    Box label = arrow.label().box();
    pills(m, marked.marks(), label.x() + label.width() + 3, label.y() + 1);
    m.close().newline();
  }

  /** Opens a mark's group with its attributes and tooltip. */
  static void open(Markup m, Target target, Marked marked) throws IOException {
    m.open("g")
        .attr("data-kind", "change-mark")
        .attr("data-change", DiffPanel.words(marked.marks()));
    targetAttributes(m, target);
    m.element("title", marked.note());
  }

  /** Writes what a mark or ghost is about: {@code data-target} and its id or its stages. */
  static void targetAttributes(Markup m, Target target) throws IOException {
    m.attr("data-target", target.kind());
    if (target.kind().equals("alignment")) {
      String[] key = target.id().split(" ", 3);
      m.attr("data-from", key[0]).attr("data-to", key[1]).attr("data-alignment", key[2]);
    } else if (!target.kind().equals("model")) {
      m.attr("data-id", target.id());
    }
  }

  /** Opens a {@code rect} with a mark's outline; the caller adds the geometry. */
  private static Markup outline(Markup m, Set<Mark> marks) throws IOException {
    m.open("rect");
    return outlineStyle(m, marks);
  }

  private static Markup outlineStyle(Markup m, Set<Mark> marks) throws IOException {
    return m.attr("fill", "none")
        .attr("stroke", marks.iterator().next().colour)
        .attr("stroke-width", 3);
  }

  /** The width of a row of pills. */
  static double width(Set<Mark> marks) {
    double w = 0;
    for (Mark mark : marks) {
      w += pillWidth(mark) + 3;
    }
    return w - 3;
  }

  static double pillWidth(Mark mark) {
    return Text.width(mark.label(), PILL_SIZE, true) + 10;
  }

  /** Writes a pill per mark, left to right from ({@code x}, {@code y}), the top edge. */
  static void pills(Markup m, Set<Mark> marks, double x, double y) throws IOException {
    double left = Math.max(MARGIN / 2, x);
    for (Mark mark : marks) {
      left += pill(m, mark, left, y) + 3;
    }
  }

  /** Writes one pill with its top-left corner at ({@code x}, {@code y}); returns its width. */
  static double pill(Markup m, Mark mark, double x, double y) throws IOException {
    double w = pillWidth(mark);
    m.open("g").attr("data-kind", "change-pill").attr("data-change", mark.word);
    m.open("rect")
        .attr("x", x)
        .attr("y", y)
        .attr("width", w)
        .attr("height", PILL_HEIGHT)
        .attr("rx", PILL_HEIGHT / 2)
        .attr("fill", mark.colour)
        .attr("stroke", "#ffffff")
        .attr("stroke-width", 1)
        .close();
    text(m, new TextLine(mark.label(), x + w / 2, y + 10.5))
        .attr("text-anchor", "middle")
        .attr("font-size", PILL_SIZE)
        .attr("font-weight", "bold")
        .attr("fill", "#ffffff")
        .text(mark.label())
        .close();
    m.close();
    return w;
  }
}
