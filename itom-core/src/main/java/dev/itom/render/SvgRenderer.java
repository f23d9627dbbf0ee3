package dev.itom.render;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
import dev.itom.model.Kpi;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Draws the value-chain map of an operating model as a standalone SVG document, in the convention
 * of Porter's value chain.
 *
 * <p>Each value chain is a row of chevrons, stages left to right in order, each with its name and
 * owner; the Requirement-to-Value chains come first, then Order to Cash, then custom chains. Each
 * row closes on a block with what it realizes: the value (Requirement to Value), the cash or IT
 * benefit (Order to Cash), and the KPIs that measure the chain or its stages. Above the rows, one
 * band per process category (governing, enabling, supporting) holds the support processes, each
 * placed over the stages or chains it supports, with a marker at each one. Alignments between
 * stages are arrows: handoffs solid, feedback dashed, alignments dotted, labelled where there is
 * room. A legend closes the map; the model's name and version are its title.
 *
 * <p>The layout is computed from the model: long names wrap and are shortened with an ellipsis when
 * they do not fit, the full text being in each element's {@code <title>} tooltip; every stage,
 * chain, process, KPI and alignment carries {@code data-kind} and {@code data-id} (or {@code
 * data-from}, {@code data-to}) attributes. The same model always gives the same characters. All
 * model text is escaped; the document holds no script, no link and no external reference.
 */
public final class SvgRenderer {
  static final double MARGIN = 24;
  static final double LABEL_WIDTH = 172;
  static final double CHEVRON_WIDTH = 184;
  static final double CHEVRON_GAP = 6;
  static final double POINT = 16;
  static final double STEP = CHEVRON_WIDTH + CHEVRON_GAP;
  static final double OUTCOME_WIDTH = 268;
  static final double MIN_ROW_HEIGHT = 88;
  static final double GUTTER = 64;
  static final double BAR_HEIGHT = 26;
  static final double LANE_HEIGHT = 44;
  static final double MIN_WIDTH = 980;
  static final int MAX_KPI_LINES = 6;

  /** Maps up to this wide may be scaled down to the page; wider ones scroll at full size. */
  static final double FIT_WIDTH = 2400;

  private SvgRenderer() {}

  /**
   * Returns the value-chain map of a model as an SVG document.
   *
   * @param model the model to draw
   * @return the SVG document, starting with an XML declaration
   * @throws NullPointerException if {@code model} is null
   */
  public static String render(OperatingModel model) {
    return InMemory.render(32_768, out -> render(model, out));
  }

  /**
   * Writes the value-chain map of a model as an SVG document.
   *
   * @param model the model to draw
   * @param out where to write the document
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void render(OperatingModel model, Appendable out) throws IOException {
    checkNotNull(model, "model");
    checkNotNull(out, "out");
    Markup markup = new Markup(out, false);
    markup.constant("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    new Drawing(model).draw(markup);
    markup.newline();
    markup.finish();
  }

  /** Writes the map as an {@code svg} element into an HTML document being written. */
  static void renderInline(OperatingModel model, Markup markup) throws IOException {
    new Drawing(model).draw(markup);
  }

  /** Rows in drawing order: Requirement to Value, then Order to Cash, then custom chains. */
  static List<ValueChain> rows(OperatingModel model) {
    List<ValueChain> rows = new ArrayList<>(model.valueChains(ValueChainKind.REQUIREMENT_TO_VALUE));
    rows.addAll(model.valueChains(ValueChainKind.ORDER_TO_CASH));
    rows.addAll(model.valueChains(ValueChainKind.CUSTOM));
    return rows;
  }

  /** A rectangle. */
  static final class Box {
    final double x;
    final double y;
    final double width;
    final double height;

    Box(double x, double y, double width, double height) {
      this.x = x;
      this.y = y;
      this.width = width;
      this.height = height;
    }

    boolean overlaps(Box other) {
      return x < other.x + other.width
          && other.x < x + width
          && y < other.y + other.height
          && other.y < y + height;
    }
  }

  /** A process placed in a band: its bar and its lane. */
  private static final class Placed {
    final SupportProcess process;
    final double x1;
    final double x2;
    final boolean attached;
    int lane;

    Placed(SupportProcess process, double x1, double x2, boolean attached) {
      this.process = process;
      this.x1 = x1;
      this.x2 = x2;
      this.attached = attached;
    }
  }

  /** The computed layout of one model, and its drawing. */
  private static final class Drawing {
    private final OperatingModel model;
    private final List<ValueChain> rows;
    private final Map<String, Integer> rowOfChain = new HashMap<>();
    private final Map<String, int[]> cellOfStage = new HashMap<>(); // {row, column}
    private final int columns;
    private final double width;
    private final List<String> titleLines = new ArrayList<>();
    private final Text.Wrapped description;
    private final Map<ProcessCategory, List<Placed>> bands = new HashMap<>();
    private final Map<ProcessCategory, Double> bandTop = new HashMap<>();
    private final Map<ProcessCategory, Integer> bandLanes = new HashMap<>();
    private final double[] rowTop;
    private final double[] rowHeight;
    private final double legendTop;
    private final double height;
    private final List<Box> labelBoxes = new ArrayList<>();
    private final List<Box> chevronBoxes = new ArrayList<>();

    Drawing(OperatingModel model) {
      this.model = model;
      this.rows = rows(model);
      int maxStages = 0;
      for (int r = 0; r < rows.size(); r++) {
        ValueChain chain = rows.get(r);
        rowOfChain.put(chain.id(), r);
        for (int c = 0; c < chain.stages().size(); c++) {
          cellOfStage.put(chain.stages().get(c).id(), new int[] {r, c});
        }
        maxStages = Math.max(maxStages, chain.stages().size());
      }
      this.columns = maxStages;
      this.width = Math.max(MIN_WIDTH, outcomeX() + OUTCOME_WIDTH + MARGIN);

      // Title and description.
      String title = model.name() + model.version().map(v -> " \u00b7 version " + v).orElse("");
      titleLines.addAll(Text.wrap(title, width - 2 * MARGIN, 22, true, 2).lines);
      description = Text.wrap(model.description().orElse(""), width - 2 * MARGIN, 13, false, 2);
      double y = MARGIN + titleLines.size() * 28 + description.lines.size() * 18 + 12;

      // Support-process bands.
      for (ProcessCategory category : ProcessCategory.values()) {
        List<Placed> placed = place(model.processes(category));
        int lanes = 1;
        for (Placed p : placed) {
          lanes = Math.max(lanes, p.lane + 1);
        }
        bands.put(category, placed);
        bandTop.put(category, y);
        bandLanes.put(category, lanes);
        y += bandHeight(lanes) + 6;
      }

      // Chain rows, each with a gutter above it for the arrows.
      rowTop = new double[rows.size()];
      rowHeight = new double[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        y += GUTTER;
        rowTop[r] = y;
        int kpiLines = Math.max(1, kpiLines(chainKpis(rows.get(r))).size());
        rowHeight[r] = Math.max(MIN_ROW_HEIGHT, 34 + kpiLines * 14 + 10);
        y += rowHeight[r];
      }
      y += rows.isEmpty() ? 24 : GUTTER * 0.6;
      legendTop = y;
      height = y + legendHeight() + MARGIN;
    }

    private static double bandHeight(int lanes) {
      return lanes * LANE_HEIGHT + 10;
    }

    double columnX(int column) {
      return MARGIN + LABEL_WIDTH + column * STEP;
    }

    double outcomeX() {
      return columnX(columns) + 8;
    }

    /** Places processes over the columns they support, in lanes that do not overlap. */
    private List<Placed> place(List<SupportProcess> processes) {
      List<Placed> placed = new ArrayList<>();
      List<List<Placed>> lanes = new ArrayList<>();
      for (SupportProcess process : processes) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (String id : process.supports()) {
          Integer row = rowOfChain.get(id);
          if (row != null) {
            int size = rows.get(row).stages().size();
            if (size > 0) {
              min = Math.min(min, 0);
              max = Math.max(max, size - 1);
            }
          }
          int[] cell = cellOfStage.get(id);
          if (cell != null) {
            min = Math.min(min, cell[1]);
            max = Math.max(max, cell[1]);
          }
        }
        Placed p =
            max < 0
                ? new Placed(process, outcomeX(), outcomeX() + OUTCOME_WIDTH - POINT, false)
                : new Placed(
                    process,
                    columnX(min) + POINT / 2,
                    columnX(max) + CHEVRON_WIDTH - POINT / 2,
                    true);
        int lane = 0;
        while (lane < lanes.size() && collides(lanes.get(lane), p)) {
          lane++;
        }
        if (lane == lanes.size()) {
          lanes.add(new ArrayList<>());
        }
        lanes.get(lane).add(p);
        p.lane = lane;
        placed.add(p);
      }
      return placed;
    }

    private static boolean collides(List<Placed> lane, Placed p) {
      for (Placed other : lane) {
        if (p.x1 < other.x2 + 6 && other.x1 < p.x2 + 6) {
          return true;
        }
      }
      return false;
    }

    /** The KPIs that measure a chain or one of its stages, in model order. */
    List<Kpi> chainKpis(ValueChain chain) {
      Set<String> ids = new HashSet<>();
      for (Kpi kpi : model.kpisMeasuring(chain.id())) {
        ids.add(kpi.id());
      }
      for (Stage stage : chain.stages()) {
        for (Kpi kpi : model.kpisMeasuring(stage.id())) {
          ids.add(kpi.id());
        }
      }
      List<Kpi> kpis = new ArrayList<>();
      for (Kpi kpi : model.kpis()) {
        if (ids.contains(kpi.id())) {
          kpis.add(kpi);
        }
      }
      return kpis;
    }

    // ---- drawing -----------------------------------------------------------------------------

    void draw(Markup m) throws IOException {
      m.open("svg")
          .attr("xmlns", "http://www.w3.org/2000/svg")
          .attr("width", width)
          .attr("height", height)
          .attr("viewBox", "0 0 " + Text.num(width) + " " + Text.num(height))
          .attr("role", "img")
          .attr("aria-labelledby", "itom-map-title")
          .attr("font-family", Palette.FONT)
          .attr("class", width <= FIT_WIDTH ? "itom-map fit" : "itom-map")
          .attr("data-kind", "value-chain-map")
          .attr("data-id", model.id());
      m.newline();
      String title = model.name() + model.version().map(v -> " \u00b7 version " + v).orElse("");
      m.open("title").attr("id", "itom-map-title").text("Value-chain map: " + title);
      m.close().newline();
      if (model.description().isPresent()) {
        m.element("desc", model.description().get()).newline();
      }
      defs(m);
      m.open("rect")
          .attr("x", 0)
          .attr("y", 0)
          .attr("width", width)
          .attr("height", height)
          .attr("fill", "#ffffff")
          .close()
          .newline();
      header(m);
      for (ProcessCategory category : ProcessCategory.values()) {
        band(m, category);
      }
      for (int r = 0; r < rows.size(); r++) {
        row(m, r);
      }
      alignments(m);
      legend(m);
      m.close();
    }

    private void defs(Markup m) throws IOException {
      m.open("defs");
      m.open("marker")
          .attr("id", "itom-arrow")
          .attr("viewBox", "0 0 10 10")
          .attr("refX", 9)
          .attr("refY", 5)
          .attr("markerWidth", 4.5)
          .attr("markerHeight", 4.5)
          .attr("markerUnits", "strokeWidth")
          .attr("orient", "auto");
      m.open("path").attr("d", "M 0 0 L 10 5 L 0 10 z").attr("fill", "#333333").close();
      m.close();
      m.close().newline();
    }

    private void header(Markup m) throws IOException {
      double y = MARGIN + 22;
      m.open("g").attr("data-kind", "title");
      for (String line : titleLines) {
        m.open("text")
            .attr("x", MARGIN)
            .attr("y", y)
            .attr("font-size", 22)
            .attr("font-weight", "bold")
            .attr("fill", Palette.INK)
            .text(line)
            .close();
        y += 28;
      }
      y -= 6;
      for (String line : description.lines) {
        m.open("text")
            .attr("x", MARGIN)
            .attr("y", y)
            .attr("font-size", 13)
            .attr("fill", Palette.MUTED)
            .text(line)
            .close();
        y += 18;
      }
      m.close().newline();
    }

    private void band(Markup m, ProcessCategory category) throws IOException {
      double top = Objects.requireNonNull(bandTop.get(category), "band top");
      int lanes = Objects.requireNonNull(bandLanes.get(category), "band lanes");
      double h = bandHeight(lanes);
      m.open("g").attr("data-kind", "band").attr("data-category", category.code());
      m.open("rect")
          .attr("x", MARGIN)
          .attr("y", top)
          .attr("width", width - 2 * MARGIN)
          .attr("height", h)
          .attr("rx", 4)
          .attr("fill", Palette.bandFill(category))
          .attr("stroke", Palette.stroke(category))
          .attr("stroke-width", 0.8)
          .close();
      Text.Wrapped label = Text.wrap(Palette.label(category), LABEL_WIDTH - 20, 12, true, 2);
      double ly = top + h / 2 - (label.lines.size() - 1) * 7.5 + 4;
      for (String line : label.lines) {
        m.open("text")
            .attr("x", MARGIN + 10)
            .attr("y", ly)
            .attr("font-size", 12)
            .attr("font-weight", "bold")
            .attr("fill", Palette.stroke(category))
            .text(line)
            .close();
        ly += 15;
      }
      List<Placed> placed = Objects.requireNonNull(bands.get(category), "band");
      if (placed.isEmpty()) {
        m.open("text")
            .attr("x", columnX(0) + 8)
            .attr("y", top + h / 2 + 4)
            .attr("font-size", 11.5)
            .attr("font-style", "italic")
            .attr("fill", Palette.MUTED)
            .text("No " + category.code() + " process in this model.")
            .close();
      }
      m.close().newline();
      for (Placed p : placed) {
        process(m, category, p, top + 6 + p.lane * LANE_HEIGHT);
      }
    }

    private void process(Markup m, ProcessCategory category, Placed p, double y)
        throws IOException {
      SupportProcess process = p.process;
      m.open("g").attr("data-kind", "process").attr("data-id", process.id());
      m.element("title", processTooltip(process));
      double w = p.x2 - p.x1;
      m.open("rect")
          .attr("x", p.x1)
          .attr("y", y)
          .attr("width", w)
          .attr("height", BAR_HEIGHT)
          .attr("rx", 5)
          .attr("fill", Palette.fill(category))
          .attr("stroke", Palette.stroke(category))
          .attr("stroke-width", 1.2);
      if (!p.attached) {
        m.attr("stroke-dasharray", "4 3");
      }
      m.close();
      String name = p.attached ? process.name() : process.name() + " (supports nothing)";
      String shown = Text.fit(name, w - 18, 12, true);
      m.open("text")
          .attr("x", p.x1 + 9)
          .attr("y", y + 17)
          .attr("font-size", 12)
          .attr("font-weight", "bold")
          .attr("fill", Palette.INK)
          .text(shown)
          .close();
      // The owner follows the name where the bar has room for all of it.
      if (process.owner().isPresent() && shown.equals(Text.oneLine(name))) {
        String owner = process.owner().flatMap(model::role).map(r -> r.name()).orElse("");
        double used = Text.width(shown, 12, true) + 14;
        if (!owner.isEmpty() && used + Text.width(Text.oneLine(owner), 11, false) <= w - 18) {
          m.open("text")
              .attr("x", p.x1 + 9 + used)
              .attr("y", y + 17)
              .attr("font-size", 11)
              .attr("font-style", "italic")
              .attr("fill", Palette.MUTED)
              .text(Text.oneLine(owner))
              .close();
        }
      }
      // Markers: a strip under the bar for each chain, a triangle for each stage supported.
      double base = y + BAR_HEIGHT;
      int strips = 0;
      int chains = 0;
      for (String id : process.supports()) {
        if (rowOfChain.containsKey(id) && !rows.get(rowOfChain.get(id)).stages().isEmpty()) {
          chains++;
        }
      }
      double tip = base + 5 * chains;
      for (String id : process.supports()) {
        Integer row = rowOfChain.get(id);
        if (row != null && !rows.get(row).stages().isEmpty()) {
          ValueChain chain = rows.get(row);
          m.open("rect")
              .attr("data-supports", id)
              .attr("x", columnX(0) + POINT / 2)
              .attr("y", base + 1 + 5 * strips++)
              .attr(
                  "width", columnX(chain.stages().size() - 1) + CHEVRON_WIDTH - POINT - columnX(0))
              .attr("height", 4)
              .attr("fill", Palette.stroke(chain.kind()));
          m.open("title").text("supports the whole chain " + chain.name()).close();
          m.close();
        }
        int[] cell = cellOfStage.get(id);
        if (cell != null) {
          ValueChain chain = rows.get(cell[0]);
          Stage stage = chain.stages().get(cell[1]);
          double cx = columnX(cell[1]) + CHEVRON_WIDTH / 2;
          m.open("path")
              .attr("data-supports", id)
              .attr(
                  "d",
                  "M "
                      + Text.num(cx - 6)
                      + " "
                      + Text.num(tip)
                      + " L "
                      + Text.num(cx + 6)
                      + " "
                      + Text.num(tip)
                      + " L "
                      + Text.num(cx)
                      + " "
                      + Text.num(tip + 8)
                      + " z")
              .attr("fill", Palette.stroke(chain.kind()));
          m.open("title").text("supports " + stage.name() + " (" + chain.name() + ")").close();
          m.close();
        }
      }
      m.close().newline();
    }

    private String processTooltip(SupportProcess process) {
      StringBuilder tip = new StringBuilder(process.name());
      tip.append("\n").append(Palette.label(process.category()));
      process.owner().flatMap(model::role).ifPresent(r -> tip.append("\nOwner: ").append(r.name()));
      if (process.supports().isEmpty()) {
        tip.append("\nSupports: nothing yet");
      } else {
        tip.append("\nSupports: ");
        for (int i = 0; i < process.supports().size(); i++) {
          String id = process.supports().get(i);
          tip.append(i == 0 ? "" : ", ").append(model.element(id).map(e -> e.name()).orElse(id));
        }
      }
      process
          .frameworks()
          .forEach(
              f ->
                  tip.append("\n")
                      .append(f.framework())
                      .append(" ")
                      .append(f.ref())
                      .append(f.name().map(n -> " " + n).orElse("")));
      process.description().ifPresent(d -> tip.append("\n").append(d));
      return tip.toString();
    }

    private void row(Markup m, int r) throws IOException {
      ValueChain chain = rows.get(r);
      double top = rowTop[r];
      double h = rowHeight[r];
      m.open("g").attr("data-kind", "chain").attr("data-id", chain.id());
      m.element(
          "title",
          chain.name()
              + "\n"
              + Palette.kindLabel(chain.kind())
              + chain.description().map(d -> "\n" + d).orElse(""));
      m.open("rect")
          .attr("x", MARGIN)
          .attr("y", top - 8)
          .attr("width", width - 2 * MARGIN)
          .attr("height", h + 16)
          .attr("rx", 6)
          .attr("fill", Palette.ROW)
          .close();
      m.open("rect")
          .attr("x", MARGIN)
          .attr("y", top - 8)
          .attr("width", 5)
          .attr("height", h + 16)
          .attr("fill", Palette.stroke(chain.kind()))
          .close();
      Text.Wrapped name = Text.wrap(chain.name(), LABEL_WIDTH - 24, 13.5, true, 3);
      String kindLabel =
          chain.kind() != ValueChainKind.CUSTOM
                  && Text.oneLine(chain.name()).equalsIgnoreCase(Palette.kindName(chain.kind()))
              ? "core chain"
              : Palette.kindLabel(chain.kind());
      Text.Wrapped kind = Text.wrap(kindLabel, LABEL_WIDTH - 24, 10.5, false, 2);
      double ly = top + h / 2 - (name.lines.size() * 17 + kind.lines.size() * 13) / 2.0 + 13;
      for (String line : name.lines) {
        m.open("text")
            .attr("x", MARGIN + 14)
            .attr("y", ly)
            .attr("font-size", 13.5)
            .attr("font-weight", "bold")
            .attr("fill", Palette.INK)
            .text(line)
            .close();
        ly += 17;
      }
      for (String line : kind.lines) {
        m.open("text")
            .attr("x", MARGIN + 14)
            .attr("y", ly + 1)
            .attr("font-size", 10.5)
            .attr("fill", Palette.MUTED)
            .text(line)
            .close();
        ly += 13;
      }
      m.close().newline();
      if (!chain.stages().isEmpty()) {
        // A faint track from the last stage to the outcome, so a short chain still closes on it.
        double lastEnd = columnX(chain.stages().size() - 1) + CHEVRON_WIDTH;
        if (lastEnd + CHEVRON_GAP < outcomeX()) {
          m.open("line")
              .attr("x1", lastEnd + 2)
              .attr("y1", top + h / 2)
              .attr("x2", outcomeX() - 2)
              .attr("y2", top + h / 2)
              .attr("stroke", Palette.stroke(chain.kind()))
              .attr("stroke-width", 2)
              .attr("stroke-opacity", 0.35)
              .close();
        }
      }
      for (int c = 0; c < chain.stages().size(); c++) {
        stage(m, chain, chain.stages().get(c), columnX(c), top, h);
      }
      outcome(m, chain, top, h);
    }

    private void stage(Markup m, ValueChain chain, Stage stage, double x, double y, double h)
        throws IOException {
      chevronBoxes.add(new Box(x, y, CHEVRON_WIDTH, h));
      m.open("g").attr("data-kind", "stage").attr("data-id", stage.id());
      m.element("title", stageTooltip(stage));
      m.open("polygon")
          .attr(
              "points",
              points(
                  x,
                  y,
                  x + CHEVRON_WIDTH - POINT,
                  y,
                  x + CHEVRON_WIDTH,
                  y + h / 2,
                  x + CHEVRON_WIDTH - POINT,
                  y + h,
                  x,
                  y + h,
                  x + POINT,
                  y + h / 2))
          .attr("fill", Palette.fill(chain.kind()))
          .attr("stroke", Palette.stroke(chain.kind()))
          .attr("stroke-width", 1.5)
          .attr("stroke-linejoin", "round")
          .close();
      double inner = CHEVRON_WIDTH - 2 * POINT - 12;
      Text.Wrapped name = Text.wrap(stage.name(), inner, 12.5, true, 3);
      String ownerName = stage.owner().flatMap(model::role).map(r -> r.name()).orElse("no owner");
      Text.Wrapped owner =
          Text.wrap(
              ownerName, inner, 11, false, name.lines.size() < 3 && h >= MIN_ROW_HEIGHT ? 2 : 1);
      double block = name.lines.size() * 15.5 + owner.lines.size() * 13.5;
      double ty = y + h / 2 - block / 2 + 12;
      double cx = x + CHEVRON_WIDTH / 2;
      for (String line : name.lines) {
        m.open("text")
            .attr("x", cx)
            .attr("y", ty)
            .attr("text-anchor", "middle")
            .attr("font-size", 12.5)
            .attr("font-weight", "bold")
            .attr("fill", Palette.INK)
            .text(line)
            .close();
        ty += 15.5;
      }
      for (String line : owner.lines) {
        m.open("text")
            .attr("x", cx)
            .attr("y", ty + 1)
            .attr("text-anchor", "middle")
            .attr("font-size", 11)
            .attr("font-style", "italic")
            .attr("fill", stage.owner().isPresent() ? Palette.MUTED : "#a33000")
            .text(line)
            .close();
        ty += 13.5;
      }
      m.close().newline();
    }

    private String stageTooltip(Stage stage) {
      StringBuilder tip = new StringBuilder(stage.name());
      tip.append("\nOwner: ")
          .append(stage.owner().flatMap(model::role).map(r -> r.name()).orElse("none"));
      for (String question : stage.questions()) {
        tip.append("\nAnswers: ").append(question);
      }
      appendNames(tip, "\nConsumes: ", stage.consumes());
      appendNames(tip, "\nProduces: ", stage.produces());
      stage.description().ifPresent(d -> tip.append("\n").append(d));
      return tip.toString();
    }

    private void appendNames(StringBuilder tip, String heading, List<String> ids) {
      if (ids.isEmpty()) {
        return;
      }
      tip.append(heading);
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        tip.append(i == 0 ? "" : ", ").append(model.element(id).map(e -> e.name()).orElse(id));
      }
    }

    private void outcome(Markup m, ValueChain chain, double y, double h) throws IOException {
      double x = outcomeX();
      List<Kpi> kpis = chainKpis(chain);
      m.open("g").attr("data-kind", "outcome").attr("data-chain", chain.id());
      StringBuilder tip = new StringBuilder(Palette.outcomeTitle(chain.kind()));
      tip.append(" of ").append(chain.name());
      for (Kpi kpi : kpis) {
        tip.append("\n").append(Text.kpiLine(kpi));
      }
      m.element("title", tip.toString());
      m.open("polygon")
          .attr(
              "points",
              points(
                  x,
                  y,
                  x + OUTCOME_WIDTH - POINT - 6,
                  y,
                  x + OUTCOME_WIDTH,
                  y + h / 2,
                  x + OUTCOME_WIDTH - POINT - 6,
                  y + h,
                  x,
                  y + h))
          .attr("fill", Palette.outcome(chain.kind()))
          .attr("stroke", Palette.outcome(chain.kind()))
          .attr("stroke-width", 1.5)
          .attr("stroke-linejoin", "round")
          .close();
      double ty = y + 22;
      m.open("text")
          .attr("x", x + 12)
          .attr("y", ty)
          .attr("font-size", 13)
          .attr("font-weight", "bold")
          .attr("fill", "#ffffff")
          .text(Palette.outcomeTitle(chain.kind()))
          .close();
      ty += 19;
      if (kpis.isEmpty()) {
        m.open("text")
            .attr("x", x + 12)
            .attr("y", ty)
            .attr("font-size", 11)
            .attr("font-style", "italic")
            .attr("fill", "#ffffff")
            .text("no KPI measures this chain")
            .close();
      }
      for (String[] line : kpiLines(kpis)) {
        m.open("text").attr("data-kind", line[0]);
        if (!line[1].isEmpty()) {
          m.attr("data-id", line[1]);
        }
        m.attr("x", x + 12)
            .attr("y", ty)
            .attr("font-size", 11)
            .attr("fill", "#ffffff")
            .text(line[2])
            .close();
        ty += 14;
      }
      m.close().newline();
    }

    /**
     * The lines of the outcome block: each KPI wrapped to two lines at most, up to {@link
     * #MAX_KPI_LINES} lines; each entry is {data-kind, KPI id or "", text}.
     */
    private List<String[]> kpiLines(List<Kpi> kpis) {
      double inner = OUTCOME_WIDTH - POINT - 34;
      List<String[]> lines = new ArrayList<>();
      for (int i = 0; i < kpis.size(); i++) {
        Kpi kpi = kpis.get(i);
        Text.Wrapped wrapped = Text.wrap("\u25b8 " + Text.kpiLine(kpi), inner, 11, false, 2);
        int left = kpis.size() - i;
        if (lines.size() + wrapped.lines.size() > MAX_KPI_LINES - (left > 1 ? 1 : 0)) {
          lines.add(new String[] {"kpi-more", "", "+ " + left + " more KPIs (see the report)"});
          break;
        }
        for (int l = 0; l < wrapped.lines.size(); l++) {
          lines.add(
              l == 0
                  ? new String[] {"kpi", kpi.id(), wrapped.lines.get(l)}
                  : new String[] {"kpi-line", "", "   " + wrapped.lines.get(l)});
        }
      }
      return lines;
    }

    private void alignments(Markup m) throws IOException {
      // Endpoints per stage side, in model order, spread along the chevron's straight edge.
      Map<String, List<Integer>> slots = new HashMap<>();
      List<Alignment> alignments = model.alignments();
      for (int i = 0; i < alignments.size(); i++) {
        Alignment a = alignments.get(i);
        int[] from = cellOfStage.get(a.from());
        int[] to = cellOfStage.get(a.to());
        if (from == null || to == null) {
          continue;
        }
        slots.computeIfAbsent(a.from() + sideOfFrom(from, to), k -> new ArrayList<>()).add(i);
        slots.computeIfAbsent(a.to() + sideOfTo(from, to), k -> new ArrayList<>()).add(-i - 1);
      }
      m.open("g").attr("data-kind", "alignments").attr("fill", "none");
      List<double[]> labels = new ArrayList<>();
      for (int i = 0; i < alignments.size(); i++) {
        Alignment a = alignments.get(i);
        int[] from = cellOfStage.get(a.from());
        int[] to = cellOfStage.get(a.to());
        if (from == null || to == null) {
          continue;
        }
        String fromSide = sideOfFrom(from, to);
        String toSide = sideOfTo(from, to);
        double x1 = slotX(from, Objects.requireNonNull(slots.get(a.from() + fromSide), "slot"), i);
        double y1 =
            fromSide.equals("bottom") ? rowTop[from[0]] + rowHeight[from[0]] : rowTop[from[0]];
        double x2 = slotX(to, Objects.requireNonNull(slots.get(a.to() + toSide), "slot"), -i - 1);
        double y2 = toSide.equals("bottom") ? rowTop[to[0]] + rowHeight[to[0]] : rowTop[to[0]];
        String d;
        double lx;
        double ly;
        if (from[0] == to[0]) {
          double depth = Math.min(GUTTER - 14, 20 + 7 * Math.abs(from[1] - to[1]));
          d =
              "M "
                  + Text.num(x1)
                  + " "
                  + Text.num(y1)
                  + " C "
                  + Text.num(x1)
                  + " "
                  + Text.num(y1 - depth * 4 / 3)
                  + " "
                  + Text.num(x2)
                  + " "
                  + Text.num(y2 - depth * 4 / 3)
                  + " "
                  + Text.num(x2)
                  + " "
                  + Text.num(y2);
          lx = (x1 + x2) / 2;
          ly = y1 - depth;
        } else {
          double bend = (y2 - y1) / 2;
          d =
              "M "
                  + Text.num(x1)
                  + " "
                  + Text.num(y1)
                  + " C "
                  + Text.num(x1)
                  + " "
                  + Text.num(y1 + bend)
                  + " "
                  + Text.num(x2)
                  + " "
                  + Text.num(y2 - bend)
                  + " "
                  + Text.num(x2)
                  + " "
                  + Text.num(y2);
          lx = (x1 + x2) / 2;
          ly = (y1 + y2) / 2;
        }
        m.open("g")
            .attr("data-kind", "alignment")
            .attr("data-from", a.from())
            .attr("data-to", a.to())
            .attr("data-alignment", a.kind().code());
        m.element("title", alignmentTooltip(a));
        // A white halo under the line keeps it readable where it crosses a shape.
        m.open("path")
            .attr("d", d)
            .attr("stroke", "#ffffff")
            .attr("stroke-width", 5)
            .attr("stroke-opacity", 0.8)
            .close();
        m.open("path")
            .attr("d", d)
            .attr("stroke", "#333333")
            .attr("stroke-width", Palette.strokeWidth(a.kind()))
            .attr("stroke-linecap", "round")
            .attr("marker-end", "url(#itom-arrow)");
        if (!Palette.dash(a.kind()).isEmpty()) {
          m.attr("stroke-dasharray", Palette.dash(a.kind()));
        }
        m.close();
        m.close().newline();
        labels.add(new double[] {i, lx, ly});
      }
      m.close().newline();
      // Labels last, each only where it overlaps no other label and no stage.
      m.open("g").attr("data-kind", "alignment-labels");
      for (double[] label : labels) {
        Alignment a = alignments.get((int) label[0]);
        String text = a.kind().code();
        double w = Text.width(text, 10.5, false) + 10;
        Box box = new Box(label[1] - w / 2, label[2] - 9, w, 16);
        if (!fits(box)) {
          continue;
        }
        labelBoxes.add(box);
        m.open("g")
            .attr("data-kind", "alignment-label")
            .attr("data-from", a.from())
            .attr("data-to", a.to());
        m.open("rect")
            .attr("x", box.x)
            .attr("y", box.y)
            .attr("width", box.width)
            .attr("height", box.height)
            .attr("rx", 8)
            .attr("fill", "#ffffff")
            .attr("stroke", "#333333")
            .attr("stroke-width", 0.8)
            .close();
        m.open("text")
            .attr("x", label[1])
            .attr("y", label[2] + 3)
            .attr("text-anchor", "middle")
            .attr("font-size", 10.5)
            .attr("fill", Palette.INK)
            .text(text)
            .close();
        m.close().newline();
      }
      m.close().newline();
    }

    private boolean fits(Box box) {
      for (Box other : labelBoxes) {
        if (box.overlaps(other)) {
          return false;
        }
      }
      for (Box other : chevronBoxes) {
        if (box.overlaps(other)) {
          return false;
        }
      }
      return true;
    }

    private String alignmentTooltip(Alignment a) {
      String from = model.stage(a.from()).map(s -> s.name()).orElse(a.from());
      String to = model.stage(a.to()).map(s -> s.name()).orElse(a.to());
      return a.kind().code()
          + ": "
          + from
          + " \u2192 "
          + to
          + a.description().map(d -> "\n" + d).orElse("");
    }

    private static String sideOfFrom(int[] from, int[] to) {
      return from[0] < to[0] ? "bottom" : "top";
    }

    private static String sideOfTo(int[] from, int[] to) {
      return from[0] > to[0] ? "bottom" : "top";
    }

    private double slotX(int[] cell, List<Integer> slot, int key) {
      int index = slot.indexOf(key);
      double left = columnX(cell[1]) + POINT + 10;
      double span = CHEVRON_WIDTH - 2 * POINT - 20;
      return left + span * (index + 1) / (slot.size() + 1);
    }

    // ---- legend ------------------------------------------------------------------------------

    private static final double LEGEND_ROW = 24;

    private double legendHeight() {
      return 26 + legendRows() * LEGEND_ROW;
    }

    private int legendRows() {
      return flowLegend(null);
    }

    private void legend(Markup m) throws IOException {
      m.open("g").attr("data-kind", "legend");
      m.open("line")
          .attr("x1", MARGIN)
          .attr("y1", legendTop)
          .attr("x2", width - MARGIN)
          .attr("y2", legendTop)
          .attr("stroke", Palette.RULE)
          .attr("stroke-width", 1)
          .close();
      m.open("text")
          .attr("x", MARGIN)
          .attr("y", legendTop + 20)
          .attr("font-size", 11.5)
          .attr("font-weight", "bold")
          .attr("fill", Palette.INK)
          .text("Legend")
          .close();
      flowLegend(m);
      m.close().newline();
    }

    /** Lays out the legend items in rows across the width; draws them when {@code m} is set. */
    private int flowLegend(@Nullable Markup m) {
      double x = MARGIN + 64;
      double y = legendTop + 4;
      int rowsUsed = 1;
      List<Object[]> items = new ArrayList<>();
      for (ValueChainKind kind : ValueChainKind.values()) {
        items.add(new Object[] {"chevron", kind, Palette.shortLabel(kind)});
      }
      for (AlignmentKind kind : AlignmentKind.values()) {
        items.add(new Object[] {"line", kind, kind.code()});
      }
      items.add(new Object[] {"triangle", null, "supports a stage"});
      items.add(new Object[] {"strip", null, "supports a whole chain"});
      try {
        for (Object[] item : items) {
          String label = (String) item[2];
          double w = 40 + Text.width(label, 11, false) + 22;
          if (x + w > width - MARGIN) {
            x = MARGIN + 64;
            y += LEGEND_ROW;
            rowsUsed++;
          }
          if (m != null) {
            legendItem(m, item, x, y);
          }
          x += w;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return rowsUsed;
    }

    private void legendItem(Markup m, Object[] item, double x, double y) throws IOException {
      String shape = (String) item[0];
      double mid = y + 12;
      switch (shape) {
        case "chevron" -> {
          ValueChainKind kind = (ValueChainKind) item[1];
          m.open("polygon")
              .attr(
                  "points",
                  points(
                      x, mid - 7, x + 24, mid - 7, x + 30, mid, x + 24, mid + 7, x, mid + 7, x + 6,
                      mid))
              .attr("fill", Palette.fill(kind))
              .attr("stroke", Palette.stroke(kind))
              .attr("stroke-width", 1.2)
              .close();
        }
        case "line" -> {
          AlignmentKind alignment = (AlignmentKind) item[1];
          m.open("path")
              .attr(
                  "d",
                  "M "
                      + Text.num(x)
                      + " "
                      + Text.num(mid)
                      + " L "
                      + Text.num(x + 28)
                      + " "
                      + Text.num(mid))
              .attr("stroke", "#333333")
              .attr("stroke-width", Palette.strokeWidth(alignment))
              .attr("stroke-linecap", "round")
              .attr("marker-end", "url(#itom-arrow)");
          if (!Palette.dash(alignment).isEmpty()) {
            m.attr("stroke-dasharray", Palette.dash(alignment));
          }
          m.close();
        }
        case "triangle" ->
            m.open("path")
                .attr(
                    "d",
                    "M "
                        + Text.num(x + 9)
                        + " "
                        + Text.num(mid - 4)
                        + " L "
                        + Text.num(x + 21)
                        + " "
                        + Text.num(mid - 4)
                        + " L "
                        + Text.num(x + 15)
                        + " "
                        + Text.num(mid + 4)
                        + " z")
                .attr("fill", Palette.MUTED)
                .close();
        default ->
            m.open("rect")
                .attr("x", x)
                .attr("y", mid - 2)
                .attr("width", 30)
                .attr("height", 4)
                .attr("fill", Palette.MUTED)
                .close();
      }
      m.open("text")
          .attr("x", x + 38)
          .attr("y", mid + 4)
          .attr("font-size", 11)
          .attr("fill", Palette.INK)
          .text((String) item[2])
          .close();
    }
  }

  static String points(double... xy) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      if (i > 0) {
        points.append(' ');
      }
      points.append(Text.num(xy[i])).append(',').append(Text.num(xy[i + 1]));
    }
    return points.toString();
  }
}
