package dev.itom.render;

import static dev.itom.render.MapLayout.LABEL_WIDTH;
import static dev.itom.render.MapLayout.MARGIN;
import static dev.itom.render.MapLayout.STEP;
import static dev.itom.render.MapPainter.text;

import dev.itom.diff.DiffText;
import dev.itom.model.Alignment;
import dev.itom.model.Element;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.model.ValueChain;
import dev.itom.render.DiffMarks.Ghost;
import dev.itom.render.DiffMarks.Mark;
import dev.itom.render.DiffMarks.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The part of a diff's picture below the map: a rule, the heading with the count of changes, the
 * key of the marks, the ghost area and the list of changes the map does not draw.
 *
 * <p>The ghost area ("Removed, as they were") draws what the newer model no longer has: per chain
 * of the older model that lost stages (or was removed), a row with the chain's name and the lost
 * stages as chevrons, drawn by the map's own stage painter, faded, with a dashed outline and a
 * {@code − removed} pill; below, a dashed card per removed process, KPI and alignment. Each ghost
 * is a group with {@code data-kind="ghost"}, {@code data-change="removed"} and the same target
 * attributes as a mark. "Not on the map" lists, one line each as the text report writes it, the
 * changes of elements the map does not draw (roles, artifacts, offerings...).
 */
final class DiffPanel {
  private static final double GHOST_ROW = 72;
  private static final double CARD_HEIGHT = 22;
  private static final double LINE = 18;

  private record GhostStage(Ghost ghost, StageLayout layout) {}

  private record GhostRow(
      ValueChain chain,
      @Nullable Ghost removed,
      List<TextLine> name,
      Box box,
      List<GhostStage> stages) {}

  /** A row of the ghost area before it is placed: the chain, its ghost if removed, its stages. */
  private record Pending(ValueChain chain, @Nullable Ghost removed, List<Ghost> stages) {}

  private record Card(Ghost ghost, Box box, TextLine text) {}

  private record Listed(DiffText.Line line, TextLine text, EnumSet<Mark> marks) {}

  private final OperatingModel before;
  private final DiffMarks marks;
  private final double top;
  private final double width;
  private final TextLine heading;
  private final List<Box> keyPills = new ArrayList<>();
  private final List<TextLine> keyTexts = new ArrayList<>();
  private final List<TextLine> headings = new ArrayList<>();
  private final List<GhostRow> rows = new ArrayList<>();
  private final List<Card> cards = new ArrayList<>();
  private final List<Listed> listed = new ArrayList<>();
  private final @Nullable TextLine order;
  private final double height;

  DiffPanel(OperatingModel before, MapLayout layout, DiffMarks marks) {
    this.before = before;
    this.marks = marks;
    this.width = layout.width();
    this.top = layout.height() - MARGIN + 10;
    double y = top + 22;
    this.heading =
        new TextLine(
            Text.fit(
                plural(marks.changes, "change") + " from " + MapLayout.title(before),
                width - 2 * MARGIN,
                13,
                true),
            MARGIN,
            y);
    y = key(y + 10);
    y = ghosts(y);
    y = elsewhere(y);
    this.order =
        marks.presentational == 0
            ? null
            : new TextLine(
                plural(marks.presentational, "element")
                    + " only reordered in lists whose order means nothing: see the text or HTML"
                    + " report",
                MARGIN,
                y + 16);
    this.height = (order == null ? y : y + LINE) - top + MARGIN + 10;
  }

  /** The height of the panel, from the map's bottom edge less its margin. */
  double height() {
    return height;
  }

  private double key(double y) {
    String[] texts = {
      "added: new in this version",
      "changed: a field or a list of it changed",
      "moved: a stage moved in its chain or to another",
      "removed: drawn faded under Removed"
    };
    double x = MARGIN;
    double row = y;
    Mark[] all = Mark.values();
    for (int i = 0; i < all.length; i++) {
      double pill = DiffOverlay.pillWidth(all[i]);
      double w = pill + 6 + Text.width(texts[i], 11, false) + 22;
      if (x + w > width - MARGIN && x > MARGIN) {
        x = MARGIN;
        row += 22;
      }
      keyPills.add(new Box(x, row, pill, DiffOverlay.PILL_HEIGHT));
      keyTexts.add(new TextLine(texts[i], x + pill + 6, row + 11));
      x += w;
    }
    return row + 22;
  }

  private double ghosts(double y) {
    if (marks.ghosts.isEmpty()) {
      return y;
    }
    headings.add(new TextLine("Removed, as they were", MARGIN, y + 16));
    y += 30;
    Map<String, Pending> byChain = new LinkedHashMap<>();
    List<Ghost> others = new ArrayList<>();
    for (Ghost ghost : marks.ghosts) {
      if (ghost.element() instanceof ValueChain chain) {
        Pending row = row(byChain, chain, ghost);
        for (Stage stage : chain.stages()) {
          row.stages().add(new Ghost(new Target("stage", stage.id()), stage, chain, ghost.note()));
        }
      } else if (ghost.element() instanceof Stage && ghost.chain() != null) {
        row(byChain, ghost.chain(), null).stages().add(ghost);
      } else {
        others.add(ghost);
      }
    }
    for (Pending row : byChain.values()) {
      y = placeRow(row, y) + 10;
    }
    double x = MARGIN;
    for (Ghost ghost : others) {
      String text = Text.fit(cardText(ghost), width - 2 * MARGIN - 100, 11, false);
      double w = Text.width(text, 11, false) + DiffOverlay.pillWidth(Mark.REMOVED) + 22;
      if (x + w > width - MARGIN && x > MARGIN) {
        x = MARGIN;
        y += CARD_HEIGHT + 8;
      }
      Box box = new Box(x, y, w, CARD_HEIGHT);
      cards.add(
          new Card(
              ghost,
              box,
              new TextLine(text, x + DiffOverlay.pillWidth(Mark.REMOVED) + 12, y + 15)));
      x += w + 8;
    }
    return others.isEmpty() ? y : y + CARD_HEIGHT + 8;
  }

  private static Pending row(
      Map<String, Pending> byChain, ValueChain chain, @Nullable Ghost removed) {
    Pending row = byChain.get(chain.id());
    if (row == null || (removed != null && row.removed() == null)) {
      List<Ghost> stages = row == null ? new ArrayList<>() : row.stages();
      row = new Pending(chain, removed, stages);
      byChain.put(chain.id(), row);
    }
    return row;
  }

  /** Places a row's label and chevrons, wrapping them across the width; returns the row's end. */
  private double placeRow(Pending row, double y) {
    double left = MARGIN + LABEL_WIDTH;
    int perLine = Math.max(1, (int) ((width - MARGIN - left) / STEP));
    int lines = Math.max(1, (row.stages().size() + perLine - 1) / perLine);
    List<GhostStage> placed = new ArrayList<>();
    for (int i = 0; i < row.stages().size(); i++) {
      Ghost ghost = row.stages().get(i);
      double x = left + (i % perLine) * STEP;
      double sy = y + Math.floorDiv(i, perLine) * (GHOST_ROW + 14) + 8;
      placed.add(
          new GhostStage(ghost, StageLayout.of(before, (Stage) ghost.element(), x, sy, GHOST_ROW)));
    }
    double h = lines * (GHOST_ROW + 14) + 2;
    Text.Wrapped wrapped = Text.wrap(row.chain().name(), LABEL_WIDTH - 24, 12.5, true, 2);
    List<TextLine> name = new ArrayList<>();
    double ly = y + 8 + GHOST_ROW / 2 - 8 * wrapped.lines.size() + 4;
    for (String line : wrapped.lines) {
      name.add(new TextLine(line, MARGIN + 12, ly));
      ly += 16;
    }
    rows.add(
        new GhostRow(
            row.chain(), row.removed(), name, new Box(MARGIN, y, width - 2 * MARGIN, h), placed));
    return y + h;
  }

  private double elsewhere(double y) {
    if (marks.elsewhere.isEmpty()) {
      return y;
    }
    headings.add(new TextLine("Not on the map", MARGIN, y + 16));
    y += 26;
    for (DiffText.Line line : marks.elsewhere) {
      EnumSet<Mark> kinds = Mark.of(line);
      double indent = DiffOverlay.width(kinds) + 8;
      String text = Text.fit(line.text(), width - 2 * MARGIN - indent, 11, false);
      listed.add(new Listed(line, new TextLine(text, MARGIN + indent, y + 11), kinds));
      y += LINE;
    }
    return y;
  }

  private String cardText(Ghost ghost) {
    Object element = ghost.element();
    if (element instanceof Alignment a) {
      return "alignment "
          + a.kind().code()
          + ": "
          + before.stage(a.from()).map(Element::name).orElse(a.from())
          + " \u2192 "
          + before.stage(a.to()).map(Element::name).orElse(a.to());
    }
    Element e = (Element) element;
    return (ghost.target().kind().equals("kpi") ? "KPI" : ghost.target().kind())
        + " "
        + Text.oneLine(e.name());
  }

  void paint(Markup m) throws IOException {
    m.open("g").attr("data-kind", "change-key");
    m.open("line")
        .attr("x1", MARGIN)
        .attr("y1", top)
        .attr("x2", width - MARGIN)
        .attr("y2", top)
        .attr("stroke", Palette.RULE)
        .attr("stroke-width", 1)
        .close();
    text(m, heading)
        .attr("font-size", 13)
        .attr("font-weight", "bold")
        .attr("fill", Palette.INK)
        .text(heading.text())
        .close();
    Mark[] all = Mark.values();
    for (int i = 0; i < all.length; i++) {
      Box pill = keyPills.get(i);
      DiffOverlay.pill(m, all[i], pill.x(), pill.y());
      label(m, keyTexts.get(i), 11);
    }
    for (TextLine line : headings) {
      text(m, line)
          .attr("font-size", 12)
          .attr("font-weight", "bold")
          .attr("fill", Palette.INK)
          .text(line.text())
          .close();
    }
    if (order != null) {
      text(m, order)
          .attr("font-size", 11)
          .attr("font-style", "italic")
          .attr("fill", Palette.MUTED)
          .text(order.text())
          .close();
    }
    m.close().newline();
    MapTooltips tooltips = new MapTooltips(before);
    for (GhostRow row : rows) {
      paintRow(m, row, tooltips);
    }
    for (Card card : cards) {
      paintCard(m, card);
    }
    for (Listed line : listed) {
      m.open("g").attr("data-kind", "change-line").attr("data-change", words(line.marks()));
      subject(m, line.line());
      DiffOverlay.pills(m, line.marks(), MARGIN, line.text().y() - 10.5);
      label(m, line.text(), 11);
      m.close().newline();
    }
  }

  private void paintRow(Markup m, GhostRow row, MapTooltips tooltips) throws IOException {
    Ghost removed = row.removed();
    m.open("g");
    if (removed != null) {
      ghost(m, removed);
    } else {
      m.attr("data-kind", "ghost-row").attr("data-chain", row.chain().id());
    }
    m.open("rect")
        .attr("x", row.box().x())
        .attr("y", row.box().y())
        .attr("width", row.box().width())
        .attr("height", row.box().height())
        .attr("rx", 6)
        .attr("fill", Palette.ROW)
        .attr("fill-opacity", 0.6);
    if (removed != null) {
      m.attr("stroke", Mark.REMOVED.colour)
          .attr("stroke-width", 1.5)
          .attr("stroke-dasharray", "6 4");
    }
    m.close();
    double y = row.box().y() + 24;
    for (TextLine line : row.name()) {
      text(m, line)
          .attr("font-size", 12.5)
          .attr("font-weight", "bold")
          .attr("fill", Palette.MUTED)
          .text(line.text())
          .close();
      y = line.y() + 15;
    }
    TextLine note =
        new TextLine(removed != null ? "chain removed" : "stages removed from it", MARGIN + 12, y);
    text(m, note).attr("font-size", 10.5).attr("fill", Palette.MUTED).text(note.text()).close();
    if (removed != null) {
      DiffOverlay.pills(m, EnumSet.of(Mark.REMOVED), row.box().x() + 10, row.box().y() - 7);
    }
    for (GhostStage stage : row.stages()) {
      m.open("g");
      ghost(m, stage.ghost());
      m.open("g").attr("opacity", 0.45);
      RowPainter.stage(m, row.chain(), stage.layout(), tooltips, "ghost-stage");
      m.close();
      m.open("polygon")
          .attr("points", PathData.points(stage.layout().chevron()))
          .attr("fill", "none")
          .attr("stroke", Mark.REMOVED.colour)
          .attr("stroke-width", 2)
          .attr("stroke-dasharray", "6 4")
          .attr("stroke-linejoin", "round")
          .close();
      Box box = stage.layout().box();
      DiffOverlay.pills(
          m,
          EnumSet.of(Mark.REMOVED),
          box.x() + MapLayout.POINT,
          box.y() - DiffOverlay.PILL_HEIGHT / 2);
      m.close().newline();
    }
    m.close().newline();
  }

  private void paintCard(Markup m, Card card) throws IOException {
    m.open("g");
    ghost(m, card.ghost());
    Box box = card.box();
    m.open("rect")
        .attr("x", box.x())
        .attr("y", box.y())
        .attr("width", box.width())
        .attr("height", box.height())
        .attr("rx", 5)
        .attr("fill", "#fafafa")
        .attr("stroke", Mark.REMOVED.colour)
        .attr("stroke-width", 1.5)
        .attr("stroke-dasharray", "6 4")
        .close();
    DiffOverlay.pill(m, Mark.REMOVED, box.x() + 5, box.y() + 4);
    text(m, card.text())
        .attr("font-size", 11)
        .attr("fill", Palette.MUTED)
        .text(card.text().text())
        .close();
    m.close().newline();
  }

  /** Adds a ghost's attributes and tooltip to the group just opened. */
  private static void ghost(Markup m, Ghost ghost) throws IOException {
    m.attr("data-kind", "ghost").attr("data-change", Mark.REMOVED.word);
    DiffOverlay.targetAttributes(m, ghost.target());
    m.element("title", ghost.note());
  }

  private static void label(Markup m, TextLine line, double size) throws IOException {
    text(m, line).attr("font-size", size).attr("fill", Palette.INK).text(line.text()).close();
  }

  /** Writes what a line of the list is about: the element's kind and id, or the model's part. */
  private static void subject(Markup m, DiffText.Line line) throws IOException {
    String id = line.subject().elementId();
    if (id == null) {
      m.attr("data-target", line.subject().isModel() ? "model" : "part");
    } else {
      m.attr("data-target", line.subject().elementType().elementKind().orElseThrow().code())
          .attr("data-id", id);
    }
  }

  static String words(Iterable<Mark> marks) {
    StringBuilder words = new StringBuilder();
    for (Mark mark : marks) {
      words.append(words.length() == 0 ? "" : " ").append(mark.word);
    }
    return words.toString();
  }

  static String plural(int count, String word) {
    return count + " " + word + (count == 1 ? "" : "s");
  }
}
