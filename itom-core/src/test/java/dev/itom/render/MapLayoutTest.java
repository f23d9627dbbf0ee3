package dev.itom.render;

import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.MARGIN;
import static dev.itom.render.MapLayout.POINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.itom.model.Alignment;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
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
                .as("%s marks the middle of %s", bar.process().id(), triangle.supports())
                .isEqualTo(stage.x() + CHEVRON_WIDTH / 2);
            assertThat(tipX).isBetween(box.x(), box.x() + box.width());
            assertThat(triangle.corners().get(0).y()).isGreaterThanOrEqualTo(box.y());
          } else {
            SupportMarker.Strip strip = (SupportMarker.Strip) marker;
            Box first = stageBoxes.get(strip.chain().stages().get(0).id());
            Box last =
                stageBoxes.get(strip.chain().stages().get(strip.chain().stages().size() - 1).id());
            assertThat(strip.box().x()).isEqualTo(first.x() + POINT / 2);
            assertThat(strip.box().x() + strip.box().width())
                .isCloseTo(last.x() + last.width() - POINT / 2, offset(1e-9));
            assertThat(strip.box().y()).isGreaterThanOrEqualTo(box.y() + box.height());
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
      AlignmentLayout.Label label = arrow.label();
      if (label != null) {
        for (Box stage : stageBoxes.values()) {
          assertThat(label.box().overlaps(stage)).as("label of %s", a).isFalse();
        }
      }
    }
    List<Box> labels = new ArrayList<>();
    for (AlignmentLayout arrow : layout.alignments()) {
      if (arrow.label() != null) {
        for (Box other : labels) {
          assertThat(arrow.label().box().overlaps(other)).isFalse();
        }
        labels.add(arrow.label().box());
      }
    }
  }

  @Test
  void arrowsBetweenRowsLeaveTheBottomAndEnterTheTopAndWithinARowArcAboveIt() {
    MapLayout layout = MapLayout.of(Templates.referenceModel());
    Map<String, Box> stageBoxes = stageBoxes(layout);
    int between = 0;
    int within = 0;
    for (AlignmentLayout arrow : layout.alignments()) {
      Box from = stageBoxes.get(arrow.alignment().from());
      Box to = stageBoxes.get(arrow.alignment().to());
      if (from.y() < to.y()) {
        between++;
        assertThat(arrow.start().y()).isEqualTo(from.y() + from.height());
        assertThat(arrow.end().y()).isEqualTo(to.y());
      } else if (from.y() == to.y()) {
        within++;
        assertThat(arrow.start().y()).isEqualTo(from.y());
        assertThat(arrow.end().y()).isEqualTo(to.y());
        assertThat(arrow.control1().y()).isLessThan(from.y());
        assertThat(arrow.control2().y()).isLessThan(from.y());
      }
    }
    assertThat(between).as("arrows from the upper row to the lower one").isPositive();
    assertThat(within + between).isPositive();
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
