package dev.itom.render;

import static dev.itom.render.MapLayout.CHEVRON_WIDTH;
import static dev.itom.render.MapLayout.MIN_ROW_HEIGHT;
import static dev.itom.render.MapLayout.POINT;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;

/**
 * A stage's chevron: its box, the six corners of the chevron in it, the stage's name (up to three
 * lines) and its owner below, centred.
 *
 * @param stage the stage
 * @param box the chevron's bounding box
 * @param chevron the corners: top left, top right, the point, bottom right, bottom left, the notch
 * @param name the lines of the stage's name
 * @param owner the lines of the owner's name, or of "no owner"
 */
record StageLayout(
    Stage stage,
    Box box,
    ImmutableList<Point> chevron,
    ImmutableList<TextLine> name,
    ImmutableList<TextLine> owner) {

  /** Lays out a stage's chevron with its top-left corner at ({@code x}, {@code y}). */
  static StageLayout of(OperatingModel model, Stage stage, double x, double y, double h) {
    ImmutableList<Point> chevron =
        ImmutableList.of(
            new Point(x, y),
            new Point(x + CHEVRON_WIDTH - POINT, y),
            new Point(x + CHEVRON_WIDTH, y + h / 2),
            new Point(x + CHEVRON_WIDTH - POINT, y + h),
            new Point(x, y + h),
            new Point(x + POINT, y + h / 2));
    double inner = CHEVRON_WIDTH - 2 * POINT - 12;
    Text.Wrapped name = Text.wrap(stage.name(), inner, 12.5, true, 3);
    String ownerName = stage.owner().flatMap(model::role).map(r -> r.name()).orElse("no owner");
    Text.Wrapped owner =
        Text.wrap(
            ownerName, inner, 11, false, name.lines.size() < 3 && h >= MIN_ROW_HEIGHT ? 2 : 1);
    double block = name.lines.size() * 15.5 + owner.lines.size() * 13.5;
    double ty = y + h / 2 - block / 2 + 12;
    double cx = x + CHEVRON_WIDTH / 2;
    ImmutableList.Builder<TextLine> nameLines = ImmutableList.builder();
    for (String line : name.lines) {
      nameLines.add(new TextLine(line, cx, ty));
      ty += 15.5;
    }
    ImmutableList.Builder<TextLine> ownerLines = ImmutableList.builder();
    for (String line : owner.lines) {
      ownerLines.add(new TextLine(line, cx, ty + 1));
      ty += 13.5;
    }
    return new StageLayout(
        stage, new Box(x, y, CHEVRON_WIDTH, h), chevron, nameLines.build(), ownerLines.build());
  }
}
