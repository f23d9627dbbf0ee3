package dev.itom.bench;

import dev.itom.render.SvgRenderer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SVG value-chain map. Only up to 100k elements: a map of 1M elements is an SVG of hundreds of
 * megabytes that no viewer opens, so its time means nothing to a user.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SvgBenchmark {
  /** The approximate number of elements of the model. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private Corpus corpus;
  private StringBuilder out;

  /** Generates the data. */
  @Setup(Level.Trial)
  public void setUp() {
    corpus = Corpus.of(size);
    out = new StringBuilder(SvgRenderer.render(corpus.model).length() + 1024);
  }

  /**
   * Renders the map into a reused buffer.
   *
   * @return the number of characters
   * @throws IOException never (memory)
   */
  @Benchmark
  public int renderSvg() throws IOException {
    out.setLength(0);
    SvgRenderer.render(corpus.model, out);
    return out.length();
  }
}
