package dev.itom.render;

import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.MARGIN;
import static dev.itom.render.MapLayout.POINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.itom.model.Alignment;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.templates.Templates;
import dev.itom.testing.SampleModels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The geometry of the map, as numbers: what the layout promises before anything is drawn. */
class MapLayoutTest {
  static Stream<Arguments> models() {
    List<Arguments> models = new ArrayList<>();
    models.add(Arguments.of("reference", Templates.referenceModel()));
    models.add(Arguments.of("it4it", Templates.it4it()));
    models.add(Arguments.of("itil4", Templates.itil4()));
    models.add(Arguments.of("five chains", Fixtures.fiveChains()));
    models.add(Arguments.of("crossed 4", Fixtures.crossedChains(4)));
    models.add(Arguments.of("crossed 6", Fixtures.crossedChains(6)));
    models.add(Arguments.of("hostile", Fixtures.hostileModel()));
    models.add(Arguments.of("two stages", Fixtures.chainOf(2)));
    models.add(Arguments.of("forty stages", Fixtures.chainOf(40)));
    models.add(Arguments.of("empty", OperatingModel.builder("empty", "Empty").build()));
    models.add(Arguments.of("sized 400", SampleModels.sized(400, 1)));
    for (long seed = 0; seed < 60; seed++) {
      models.add(Arguments.of("random " + seed, SampleModels.random(seed)));
    }
    return models.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void stagesOfAChainRunLeftToRightWithoutOverlap(String name, OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    for (RowLayout row : layout.rows()) {
      assertThat(row.stages()).hasSameSizeAs(row.chain().stages());
      for (int i = 0; i < row.stages().size(); i++) {
        StageLayout stage = row.stages().get(i);
        Box box = stage.box();
        assertThat(stage.stage()).isEqualTo(row.chain().stages().get(i));
        assertThat(box.width()).isEqualTo(CHEVRON_WIDTH);
        assertThat(box.y()).isEqualTo(row.top());
        assertThat(box.height()).isEqualTo(row.height());
        if (i > 0) {
          Box previous = row.stages().get(i - 1).box();
          assertThat(box.x())
              .as("%s starts right of the stage before it", stage.stage().id())
              .isGreaterThanOrEqualTo(previous.x() + previous.width());
          assertThat(box.overlaps(previous)).isFalse();
        }
        assertThat(box.x() + box.width())
            .as("%s ends before the outcome block", stage.stage().id())
            .isLessThan(row.outcome().block().get(0).x());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void rowsRunTopToBottomWithoutOverlap(String name, OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    assertThat(layout.rows()).extracting(RowLayout::chain).isEqualTo(ChainOrder.of(model));
    Box lastBand = layout.bands().get(layout.bands().size() - 1).box();
    double previousBottom = lastBand.y() + lastBand.height();
    for (RowLayout row : layout.rows()) {
      Box background = row.background();
      assertThat(background.y())
          .as("row %s starts below what is above it", row.chain().id())
          .isGreaterThan(previousBottom);
      assertThat(background.y()).isLessThan(row.top());
      assertThat(background.y() + background.height()).isGreaterThan(row.top() + row.height());
      assertThat(row.height()).isGreaterThanOrEqualTo(MapLayout.MIN_ROW_HEIGHT);
      assertThat(within(background, layout)).as("row %s is on the map", row.chain().id()).isTrue();
      previousBottom = background.y() + background.height();
    }
    assertThat(layout.legend().rule().y1())
        .as("the legend is below the last row")
        .isGreaterThan(previousBottom);
    assertThat(layout.legend().rule().y1() + layout.legend().height())
        .isLessThanOrEqualTo(layout.height() - MARGIN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyBandAndProcessBarLiesWithinTheMap(String name, OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    assertThat(layout.bands())
        .extracting(BandLayout::category)
        .containsExactly(ProcessCategory.values());
    double previousBottom = layout.title().get(layout.title().size() - 1).y();
    List<String> barIds = new ArrayList<>();
    for (BandLayout band : layout.bands()) {
      Box box = band.box();
      assertThat(within(box, layout)).as("band %s is on the map", band.category()).isTrue();
      assertThat(box.y()).as("bands are stacked").isGreaterThan(previousBottom);
      previousBottom = box.y() + box.height();
      assertThat(band.emptyNote() == null).isEqualTo(!band.bars().isEmpty());
      for (ProcessBar bar : band.bars()) {
        barIds.add(bar.process().id());
        assertThat(bar.process().category()).isEqualTo(band.category());
        assertThat(within(bar.bar(), box))
            .as("bar of %s lies within its band", bar.process().id())
            .isTrue();
      }
      for (int i = 0; i < band.bars().size(); i++) {
        for (int j = i + 1; j < band.bars().size(); j++) {
          assertThat(band.bars().get(i).bar().overlaps(band.bars().get(j).bar()))
              .as("bars %s and %s", band.bars().get(i).process(), band.bars().get(j).process())
              .isFalse();
        }
      }
    }
    List<String> byCategory = new ArrayList<>();
    for (ProcessCategory category : ProcessCategory.values()) {
      model.processes(category).forEach(p -> byCategory.add(p.id()));
    }
    assertThat(barIds).as("one bar per process, band by band").isEqualTo(byCategory);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void eachBarSpansWhatItSupportsAndMarksEachOfThem(String name, OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    Map<String, Box> stageBoxes = stageBoxes(layout);
    for (BandLayout band : layout.bands()) {
      for (ProcessBar bar : band.bars()) {
        Box box = bar.bar();
        for (SupportMarker marker : bar.markers()) {
          if (marker instanceof SupportMarker.Triangle triangle) {
            Box stage = stageBoxes.get(triangle.stage().id());
            double tipX = triangle.corners().get(2).x();
            assertThat(tipX)
                .as("%s marks %s within its straight edge", bar.process().id(), triangle.supports())
                .isBetween(stage.x() + POINT, stage.x() + CHEVRON_WIDTH - POINT);
            if (!sharesColumn(bar, triangle)) {
              assertThat(tipX)
                  .as("%s marks the middle of %s", bar.process().id(), triangle.supports())
                  .isEqualTo(stage.x() + CHEVRON_WIDTH / 2);
            }
            assertThat(tipX).isBetween(box.x(), box.x() + box.width());
            assertThat(triangle.corners().get(0).y()).isGreaterThanOrEqualTo(box.y());
            assertThat(triangle.number().text())
                .as("the number of the chain of %s", triangle.supports())
                .isEqualTo(Integer.toString(rowOf(layout, triangle.chain()) + 1));
          } else {
            SupportMarker.Strip strip = (SupportMarker.Strip) marker;
            Box first = stageBoxes.get(strip.chain().stages().get(0).id());
            Box last =
                stageBoxes.get(strip.chain().stages().get(strip.chain().stages().size() - 1).id());
            assertThat(strip.box().x()).isEqualTo(first.x() + POINT / 2);
            assertThat(strip.box().x() + strip.box().width())
                .isCloseTo(last.x() + last.width() - POINT / 2, offset(1e-9));
            assertThat(strip.box().y()).isGreaterThanOrEqualTo(box.y() + box.height());
            assertThat(strip.number().text())
                .as("the number of chain %s", strip.supports())
                .isEqualTo(Integer.toString(rowOf(layout, strip.chain()) + 1));
            assertThat(strip.number().x()).isLessThan(strip.box().x());
          }
        }
        List<String> marked = bar.markers().stream().map(SupportMarker::supports).toList();
        List<String> expected = new ArrayList<>();
        for (String id : bar.process().supports()) {
          boolean chainWithStages =
              model.valueChain(id).map(c -> !c.stages().isEmpty()).orElse(false);
          if (chainWithStages || stageBoxes.containsKey(id)) {
            expected.add(id);
          }
        }
        assertThat(marked).as("markers of %s", bar.process().id()).isEqualTo(expected);
        assertThat(bar.attached()).isEqualTo(!expected.isEmpty());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyAlignmentEndsOnItsTwoStagesBoxes(String name, OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    Map<String, Box> stageBoxes = stageBoxes(layout);
    assertThat(layout.alignments())
        .extracting(AlignmentLayout::alignment)
        .containsExactlyElementsOf(model.alignments());
    for (AlignmentLayout arrow : layout.alignments()) {
      Alignment a = arrow.alignment();
      assertThat(onTopOrBottomEdge(arrow.start(), stageBoxes.get(a.from())))
          .as("%s leaves %s at its edge", a, a.from())
          .isTrue();
      assertThat(onTopOrBottomEdge(arrow.end(), stageBoxes.get(a.to())))
          .as("%s enters %s at its edge", a, a.to())
          .isTrue();
      for (Box stage : stageBoxes.values()) {
        assertThat(arrow.label().box().overlaps(stage)).as("label of %s", a).isFalse();
      }
    }
    List<Box> labels = new ArrayList<>();
    for (AlignmentLayout arrow : layout.alignments()) {
      for (Box other : labels) {
        assertThat(arrow.label().box().overlaps(other)).isFalse();
      }
      labels.add(arrow.label().box());
    }
  }

  @Test
  void arrowsBetweenRowsLeaveTheBottomAndEnterTheTopAndWithinARowRunAboveIt() {
    for (OperatingModel model :
        List.of(Templates.referenceModel(), Templates.it4it(), Fixtures.fiveChains())) {
      MapLayout layout = MapLayout.of(model);
      Map<String, Box> stageBoxes = stageBoxes(layout);
      int down = 0;
      int up = 0;
      int within = 0;
      for (AlignmentLayout arrow : layout.alignments()) {
        Box from = stageBoxes.get(arrow.alignment().from());
        Box to = stageBoxes.get(arrow.alignment().to());
        if (from.y() < to.y()) {
          down++;
          assertThat(arrow.start().y()).isEqualTo(from.y() + from.height());
          assertThat(arrow.end().y()).isEqualTo(to.y());
        } else if (from.y() > to.y()) {
          up++;
          assertThat(arrow.start().y()).isEqualTo(from.y());
          assertThat(arrow.end().y()).isEqualTo(to.y() + to.height());
        } else {
          within++;
          assertThat(arrow.start().y()).isEqualTo(from.y());
          assertThat(arrow.end().y()).isEqualTo(to.y());
          for (Point corner : arrow.path().subList(1, arrow.path().size() - 1)) {
            assertThat(corner.y())
                .as("%s runs above its row", arrow.alignment())
                .isLessThan(from.y());
          }
        }
      }
      assertThat(down).as("arrows down in %s", model.id()).isPositive();
      assertThat(up + within).as("arrows up or within a row in %s", model.id()).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyArrowIsOrthogonalAndCrossesNoStage(String name, OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    Map<String, Box> stageBoxes = stageBoxes(layout);
    for (AlignmentLayout arrow : layout.alignments()) {
      List<Point> path = arrow.path();
      assertThat(path.size()).isGreaterThanOrEqualTo(2);
      for (int s = 0; s + 1 < path.size(); s++) {
        Point a = path.get(s);
        Point b = path.get(s + 1);
        assertThat(a.x() == b.x() || a.y() == b.y())
            .as("segment %s-%s of %s is horizontal or vertical", a, b, arrow.alignment())
            .isTrue();
        for (Map.Entry<String, Box> stage : stageBoxes.entrySet()) {
          assertThat(AlignmentLayout.crosses(a, b, stage.getValue(), 0))
              .as("segment %s-%s of %s crosses %s", a, b, arrow.alignment(), stage.getKey())
              .isFalse();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyAlignmentHasALabelOnItsOwnArrow(String name, OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    int numbered = 0;
    for (AlignmentLayout arrow : layout.alignments()) {
      AlignmentLayout.Label label = arrow.label();
      assertThat(onPath(arrow.path(), label.box()))
          .as("label of %s is on its arrow", arrow.alignment())
          .isTrue();
      if (label.number() == 0) {
        assertThat(label.text().text()).isEqualTo(arrow.alignment().kind().code());
      } else {
        numbered++;
        assertThat(label.number()).isEqualTo(numbered);
        assertThat(label.text().text()).isEqualTo(Integer.toString(numbered));
      }
    }
    assertThat(layout.legend().notes()).as("one legend line per numbered arrow").hasSize(numbered);
  }

  /**
   * The templates and the five-chain model at scale: every label names its alignment's kind, and no
   * label lies on another arrow's line; every marker stands apart from every other.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("drawnModels")
  void labelsAndMarkersStandClearOfEachOther(String name, OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    assertThat(layout.legend().notes()).isEmpty();
    for (AlignmentLayout arrow : layout.alignments()) {
      assertThat(arrow.label().number()).as("label of %s", arrow.alignment()).isZero();
      for (AlignmentLayout other : layout.alignments()) {
        if (other != arrow) {
          assertThat(onPath(other.path(), arrow.label().box()))
              .as("label of %s lies on %s", arrow.alignment(), other.alignment())
              .isFalse();
        }
      }
    }
    for (BandLayout band : layout.bands()) {
      List<Box> taken = new ArrayList<>();
      List<Point> tips = new ArrayList<>();
      for (ProcessBar bar : band.bars()) {
        for (SupportMarker marker : bar.markers()) {
          for (Box other : taken) {
            assertThat(marker.bounds().overlaps(other))
                .as("marker of %s for %s", bar.process().id(), marker.supports())
                .isFalse();
          }
          taken.add(marker.bounds());
          if (marker instanceof SupportMarker.Triangle triangle) {
            assertThat(tips).doesNotContain(triangle.corners().get(2));
            tips.add(triangle.corners().get(2));
          }
        }
        taken.add(bar.bar());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drawnModels")
  void everyProcessShowsItsWholeNameAndOwnerInsideItsBar(String name, OperatingModel model) {
    MapLayout layout = MapLayout.of(model);
    for (BandLayout band : layout.bands()) {
      for (ProcessBar bar : band.bars()) {
        SupportProcess process = bar.process();
        assertThat(join(bar.name())).isEqualTo(process.name());
        assertThat(join(bar.owner()))
            .isEqualTo(process.owner().flatMap(model::role).map(r -> r.name()).orElse(""));
        for (TextLine line : bar.name()) {
          assertThat(line.x() + Text.width(line.text(), 12, true))
              .as("'%s' fits its bar", line.text())
              .isLessThanOrEqualTo(bar.bar().x() + bar.bar().width() - 9 + 1e-9);
        }
        for (TextLine line : bar.owner()) {
          assertThat(line.x() + Text.width(line.text(), 11, false))
              .as("'%s' fits its bar", line.text())
              .isLessThanOrEqualTo(bar.bar().x() + bar.bar().width() - 9 + 1e-9);
          assertThat(line.y()).isLessThan(bar.bar().y() + bar.bar().height());
        }
      }
    }
  }

  @Test
  void stagesOfTwoChainsInOneColumnGetTwoMarkersWithTheirChainsNumbers() {
    MapLayout layout = MapLayout.of(Templates.itil4());
    ProcessBar relationships =
        layout.bands().get(0).bars().stream()
            .filter(b -> b.process().id().equals("relationship-management"))
            .findFirst()
            .orElseThrow();
    assertThat(relationships.markers())
        .extracting(m -> m.number().text())
        .containsExactly("1", "2");
    Box first = relationships.markers().get(0).bounds();
    Box second = relationships.markers().get(1).bounds();
    assertThat(first.overlaps(second)).isFalse();
    assertThat(first.x() + first.width()).isLessThan(second.x());
    assertThat(layout.rows()).extracting(r -> r.badge().number().text()).containsExactly("1", "2");
  }

  @Test
  void theFiveChainModelKeepsItsBandsToAThirdOfTheMap() {
    MapLayout layout = MapLayout.of(Fixtures.fiveChains());
    assertThat(layout.rows()).hasSize(5);
    assertThat(layout.rows())
        .extracting(r -> r.stages().size())
        .containsExactly(16, 12, 20, 14, 18);
    double bands = 0;
    for (BandLayout band : layout.bands()) {
      bands += band.box().height();
    }
    double rows = 0;
    for (RowLayout row : layout.rows()) {
      rows += row.height();
    }
    assertThat(bands)
        .as("bands of a %.0f px high map", layout.height())
        .isLessThan(layout.height() / 3);
    assertThat(bands).isLessThan(rows);
  }

  @Test
  void whereNoKindLabelFitsTheArrowIsNumberedAndTheLegendSaysWhichItIs() {
    OperatingModel model = Fixtures.crossedChains(4);
    MapLayout layout = MapLayout.of(model);
    List<AlignmentLayout> numbered =
        layout.alignments().stream().filter(a -> a.label().number() > 0).toList();
    assertThat(numbered).isNotEmpty();
    assertThat(layout.legend().notes()).hasSameSizeAs(numbered);
    for (int i = 0; i < numbered.size(); i++) {
      Alignment a = numbered.get(i).alignment();
      LegendLayout.Note note = layout.legend().notes().get(i);
      assertThat(note.number().text()).isEqualTo(Integer.toString(i + 1));
      assertThat(note.text().text())
          .isEqualTo(
              a.kind().code()
                  + ": "
                  + model.stage(a.from()).orElseThrow().name()
                  + " \u2192 "
                  + model.stage(a.to()).orElseThrow().name());
      assertThat(note.tag().y()).isGreaterThan(layout.legend().rule().y1());
      assertThat(note.tag().y() + note.tag().height())
          .isLessThanOrEqualTo(layout.legend().rule().y1() + layout.legend().height());
    }
    for (AlignmentLayout arrow : layout.alignments()) {
      for (AlignmentLayout other : layout.alignments()) {
        if (other != arrow) {
          assertThat(onPath(other.path(), arrow.label().box()))
              .as("label of %s lies on %s", arrow.alignment(), other.alignment())
              .isFalse();
        }
      }
    }
  }

  @Test
  void anArrowAcrossARowRunsThroughAGapNotThroughTheStageInBetween() {
    MapLayout layout = MapLayout.of(Templates.it4it());
    Map<String, Box> stageBoxes = stageBoxes(layout);
    AlignmentLayout handoff =
        layout.alignments().stream()
            .filter(a -> a.alignment().from().equals("s2p.proposal"))
            .findFirst()
            .orElseThrow();
    assertThat(handoff.label().text().text()).isEqualTo("handoff");
    Box request = stageBoxes.get("r2f.request");
    boolean passesTheRow = false;
    for (int s = 0; s + 1 < handoff.path().size(); s++) {
      Point a = handoff.path().get(s);
      Point b = handoff.path().get(s + 1);
      if (a.x() == b.x()
          && Math.min(a.y(), b.y()) < request.y()
          && Math.max(a.y(), b.y()) > request.y() + request.height()) {
        passesTheRow = true;
      }
      assertThat(AlignmentLayout.crosses(a, b, request, 0)).isFalse();
    }
    assertThat(passesTheRow).as("the handoff passes the Request-to-Fulfill row").isTrue();
    assertThat(layout.alignments())
        .extracting(a -> a.label().text().text())
        .containsExactly("handoff", "handoff", "alignment", "feedback");
  }

  @Test
  void theMapGrowsWithTheLongestChainAndIsNeverNarrowerThanItsMinimum() {
    MapLayout two = MapLayout.of(Fixtures.chainOf(2));
    MapLayout forty = MapLayout.of(Fixtures.chainOf(40));
    assertThat(two.width()).isEqualTo(MapLayout.MIN_WIDTH);
    assertThat(forty.width()).isGreaterThanOrEqualTo(40 * MapLayout.STEP);
    RowLayout row = forty.rows().get(0);
    Box last = row.stages().get(39).box();
    assertThat(row.outcome().block().get(0).x()).isGreaterThan(last.x() + last.width());
    assertThat(row.outcome().block().get(2).x()).isLessThanOrEqualTo(forty.width() - MARGIN);
  }

  @Test
  void theLayoutIsAValueThatTheSameModelGivesAgain() {
    OperatingModel model = Templates.referenceModel();
    assertThat(MapLayout.of(model)).isEqualTo(MapLayout.of(model));
  }

  static Stream<Arguments> drawnModels() {
    return Stream.of(
        Arguments.of("reference", Templates.referenceModel()),
        Arguments.of("it4it", Templates.it4it()),
        Arguments.of("itil4", Templates.itil4()),
        Arguments.of("five chains", Fixtures.fiveChains()));
  }

  /** Whether any segment of a path touches a box. */
  private static boolean onPath(List<Point> path, Box box) {
    for (int s = 0; s + 1 < path.size(); s++) {
      if (AlignmentLayout.crosses(path.get(s), path.get(s + 1), box, 0)) {
        return true;
      }
    }
    return false;
  }

  /** The lines' text joined by spaces. */
  private static String join(List<TextLine> lines) {
    return String.join(" ", lines.stream().map(TextLine::text).toList());
  }

  /** The row of a chain on the map. */
  private static int rowOf(MapLayout layout, ValueChain chain) {
    for (int r = 0; r < layout.rows().size(); r++) {
      if (layout.rows().get(r).chain().equals(chain)) {
        return r;
      }
    }
    throw new AssertionError("no row for " + chain.id());
  }

  /** Whether the bar marks another stage in the column of a triangle's stage. */
  private static boolean sharesColumn(ProcessBar bar, SupportMarker.Triangle triangle) {
    for (SupportMarker other : bar.markers()) {
      if (other != triangle
          && other instanceof SupportMarker.Triangle t
          && t.chain().stages().indexOf(t.stage())
              == triangle.chain().stages().indexOf(triangle.stage())) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Box> stageBoxes(MapLayout layout) {
    Map<String, Box> boxes = new HashMap<>();
    for (RowLayout row : layout.rows()) {
      for (StageLayout stage : row.stages()) {
        boxes.put(stage.stage().id(), stage.box());
      }
    }
    return boxes;
  }

  private static boolean onTopOrBottomEdge(Point point, Box box) {
    boolean onEdge = point.y() == box.y() || point.y() == box.y() + box.height();
    return onEdge && point.x() > box.x() && point.x() < box.x() + box.width();
  }

  private static boolean within(Box inner, MapLayout layout) {
    return within(inner, new Box(0, 0, layout.width(), layout.height()));
  }

  private static boolean within(Box inner, Box outer) {
    return inner.x() >= outer.x()
        && inner.y() >= outer.y()
        && inner.x() + inner.width() <= outer.x() + outer.width()
        && inner.y() + inner.height() <= outer.y() + outer.height();
  }
}
