package dev.itom.bench;

import dev.itom.bench.Twin.TModel;
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
 * JSON write and read of the same model by itom ({@code itom}), the bare streaming codec over
 * records ({@code limit}) and Jackson databind over records ({@code databind}). itom's read checks
 * every invariant and builds the index. Writes go to a reused in-memory sink.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBenchmark {
  /** The approximate number of elements of the model. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  private Corpus corpus;
  private Corpus.Sink sink;

  /** Generates the data. */
  @Setup(Level.Trial)
  public void setUp() {
    corpus = Corpus.of(size);
    sink = new Corpus.Sink(corpus.itomJson.length + corpus.itomJson.length / 4);
  }

  /**
   * itom writes the model.
   *
   * @return the number of bytes
   * @throws IOException never (memory)
   */
  @Benchmark
  public int writeItom() throws IOException {
    sink.reset();
    Corpus.WRITER.write(corpus.model, sink);
    return sink.size();
  }

  /**
   * The bare codec writes the twin.
   *
   * @return the number of bytes
   * @throws IOException never (memory)
   */
  @Benchmark
  public int writeLimit() throws IOException {
    sink.reset();
    TwinStreamingCodec.write(corpus.twin, sink);
    return sink.size();
  }

  /**
   * Databind writes the twin.
   *
   * @return the number of bytes
   * @throws IOException never (memory)
   */
  @Benchmark
  public int writeDatabind() throws IOException {
    sink.reset();
    TwinDatabind.write(corpus.twin, sink);
    return sink.size();
  }

  /**
   * itom reads the model, checking every invariant and building the index.
   *
   * @return the model
   */
  @Benchmark
  public OperatingModel readItom() {
    return Corpus.READER.read(corpus.itomJson);
  }

  /**
   * The bare codec reads the twin.
   *
   * @return the twin
   * @throws IOException never (valid JSON)
   */
  @Benchmark
  public TModel readLimit() throws IOException {
    return TwinStreamingCodec.read(corpus.limitJson);
  }

  /**
   * Databind reads the twin.
   *
   * @return the twin
   * @throws IOException never (valid JSON)
   */
  @Benchmark
  public TModel readDatabind() throws IOException {
    return TwinDatabind.read(corpus.databindJson);
  }
}
