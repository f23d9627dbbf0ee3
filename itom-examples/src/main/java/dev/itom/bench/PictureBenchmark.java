package dev.itom.bench;

import dev.itom.render.DotRenderer;
import dev.itom.render.HtmlReport;
import dev.itom.render.MermaidRenderer;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
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
 * The other pictures of a model: the Graphviz DOT graph, the Mermaid flowchart and the HTML report
 * (with the standard rules' report, checked once in setup), each into a reused buffer, up to 100k
 * elements.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PictureBenchmark {
  /** The approximate number of elements of the model. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private Corpus corpus;
  private Report report;
  private StringBuilder out;

  /** Generates the data and checks it. */
  @Setup(Level.Trial)
  public void setUp() {
    corpus = Corpus.of(size);
    report = Rules.standard().check(corpus.model);
    out = new StringBuilder(1 << 20);
  }

  /**
   * Renders the DOT graph.
   *
   * @return the number of characters
   * @throws IOException never (memory)
   */
  @Benchmark
  public int renderDot() throws IOException {
    out.setLength(0);
    DotRenderer.render(corpus.model, out);
    return out.length();
  }

  /**
   * Renders the Mermaid flowchart.
   *
   * @return the number of characters
   * @throws IOException never (memory)
   */
  @Benchmark
  public int renderMermaid() throws IOException {
    out.setLength(0);
    MermaidRenderer.render(corpus.model, out);
    return out.length();
  }

  /**
   * Renders the HTML report.
   *
   * @return the number of characters
   * @throws IOException never (memory)
   */
  @Benchmark
  public int renderHtml() throws IOException {
    out.setLength(0);
    HtmlReport.render(corpus.model, report, out);
    return out.length();
  }
}
