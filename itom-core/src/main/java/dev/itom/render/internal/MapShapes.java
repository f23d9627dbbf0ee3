package dev.itom.render.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.itom.model.OperatingModel;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of the value-chain map of a model, taken from the very layout the SVG map is drawn
 * from: the picture's size, its process bands, its chain rows with their stages and the KPIs of
 * their outcome block, and the routes of the alignment arrows. Coordinates are SVG user units, the
 * origin top left.
 *
 * <p>The render package supplies the geometry ({@link #provide}); this class only carries it out of
 * that package, which keeps its layout records to itself.
 *
 * @param width the width of the map
 * @param height the height of the map
 * @param title the title of the map
 * @param bands the support-process bands, top to bottom
 * @param rows the value-chain rows, top to bottom
 * @param routes the alignment arrows, in model order of their alignments
 */
public record MapShapes(
    double width,
    double height,
    String title,
    ImmutableList<Band> bands,
    ImmutableList<Row> rows,
    ImmutableList<Route> routes) {
  private static final AtomicReference<@Nullable Function<OperatingModel, MapShapes>> SOURCE =
      new AtomicReference<>();

  private static final String PROVIDER = "dev.itom.render.MapShapesSource";

  /**
   * A rectangle.
   *
   * @param x the left edge
   * @param y the top edge
   * @param width the width
   * @param height the height
   */
  public record Bounds(double x, double y, double width, double height) {}

  /**
   * A point.
   *
   * @param x the abscissa
   * @param y the ordinate
   */
  public record Point(double x, double y) {}

  /**
   * An element of the model where the map draws it.
   *
   * @param id the element's id
   * @param bounds where it is drawn
   */
  public record Placed(String id, Bounds bounds) {}

  /**
   * The band of one process category.
   *
   * @param label the band's label
   * @param bounds the band
   * @param processes its process bars
   */
  public record Band(String label, Bounds bounds, ImmutableList<Placed> processes) {}

  /**
   * The row of one value chain.
   *
   * @param chainId the chain's id
   * @param bounds the whole row
   * @param stages its stage chevrons, in chain order
   * @param outcomeTitle the title of its outcome block
   * @param outcome the outcome block
   * @param kpis the KPIs the block lists, each where its first line starts and as high as its lines
   */
  public record Row(
      String chainId,
      Bounds bounds,
      ImmutableList<Placed> stages,
      String outcomeTitle,
      Bounds outcome,
      ImmutableList<Placed> kpis) {}

  /**
   * The arrow of one alignment.
   *
   * @param alignment the index of the alignment in the model's alignments
   * @param points the arrow from its start on the first stage to its end on the second
   */
  public record Route(int alignment, ImmutableList<Point> points) {}

  /**
   * Installs the source of the geometry; the render package calls it once.
   *
   * @param source how the map of a model is laid out
   * @throws NullPointerException if {@code source} is null
   */
  public static void provide(Function<OperatingModel, MapShapes> source) {
    SOURCE.compareAndSet(null, checkNotNull(source, "source"));
  }

  /**
   * Lays out the map of a model, exactly as the SVG map does.
   *
   * @param model a model
   * @return the map's geometry
   * @throws NullPointerException if {@code model} is null
   */
  public static MapShapes of(OperatingModel model) {
    checkNotNull(model, "model");
    Function<OperatingModel, MapShapes> source = SOURCE.get();
    if (source == null) {
      try {
        Class.forName(PROVIDER, true, MapShapes.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the map layout is missing: " + PROVIDER, e);
      }
      source = SOURCE.get();
      checkState(source != null, "%s did not provide the map layout", PROVIDER);
    }
    return source.apply(model);
  }
}
