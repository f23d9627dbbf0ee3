package dev.itom.bench;

import dev.itom.archimate.ArchimateReader;
import dev.itom.archimate.ArchimateWriter;
import dev.itom.model.OperatingModel;
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
 * The ArchiMate exchange format against itom's own JSON of the same model, side by side: export and
 * import, up to 100k elements. The import validates against the bundled schemas, as a user's does;
 * the JSON read checks every invariant.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ArchimateBenchmark {
  private static final ArchimateWriter EXPORTER = ArchimateWriter.create();

  private static final ArchimateReader IMPORTER =
      ArchimateReader.create().withLimits(Integer.MAX_VALUE, ArchimateReader.DEFAULT_MAX_DEPTH);

  /** The approximate number of elements of the model. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private Corpus corpus;
  private byte[] exchange;
  private Corpus.Sink sink;

  /**
   * Generates the data and its exchange file.
   *
   * @throws IOException never (memory)
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = Corpus.of(size);
    Corpus.Sink file = new Corpus.Sink(corpus.itomJson.length * 4);
    EXPORTER.write(corpus.model, file);
    exchange = file.toByteArray();
    sink = new Corpus.Sink(Math.max(exchange.length, corpus.itomJson.length) * 5 / 4);
  }

  /**
   * Exports the model as an ArchiMate exchange file into a reused buffer.
   *
   * @return the number of bytes
   * @throws IOException never (memory)
   */
  @Benchmark
  public int exportArchimate() throws IOException {
    sink.reset();
    EXPORTER.write(corpus.model, sink);
    return sink.size();
  }

  /**
   * The baseline: itom writes the same model as compact JSON into the reused buffer.
   *
   * @return the number of bytes
   * @throws IOException never (memory)
   */
  @Benchmark
  public int exportJson() throws IOException {
    sink.reset();
    Corpus.WRITER.write(corpus.model, sink);
    return sink.size();
  }

  /**
   * Imports the exchange file: parse, schema validation, mapping, the model's invariants.
   *
   * @return the model
   */
  @Benchmark
  public OperatingModel importArchimate() {
    return IMPORTER.read(exchange, "bench.xml").model();
  }

  /**
   * The baseline: itom reads the same model from its JSON.
   *
   * @return the model
   */
  @Benchmark
  public OperatingModel importJson() {
    return Corpus.READER.read(corpus.itomJson);
  }
}
