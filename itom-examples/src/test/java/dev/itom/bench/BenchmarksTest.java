package dev.itom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.bench.Twin.TModel;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import dev.itom.testing.SampleModels;
import java.util.Collection;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps the benchmarks honest and alive: the baselines read and write the same data in the same
 * shape as itom, and every benchmark runs (one short iteration in this JVM; no timing asserted).
 */
class BenchmarksTest {

  @Test
  void bareCodecWritesTheSameBytesAsItom() throws Exception {
    Corpus corpus = Corpus.of(1000);
    assertThat(corpus.limitJson).isEqualTo(corpus.itomJson);
  }

  @Test
  void databindWritesTheSameDocumentAsItom() throws Exception {
    Corpus corpus = Corpus.of(1000);
    // same fields, same values; databind may order a record's fields its own way
    assertThat(corpus.databindJson).hasSameSizeAs(corpus.itomJson);
    assertThat(TwinDatabind.read(corpus.databindJson))
        .isEqualTo(TwinDatabind.read(corpus.itomJson));
  }

  @Test
  void everyCodecReadsBackTheModel() throws Exception {
    OperatingModel model = SampleModels.sized(1000, 7);
    TModel twin = Twin.of(model);
    byte[] json = Corpus.WRITER.writeToBytes(model);
    assertThat(TwinStreamingCodec.read(json)).isEqualTo(twin);
    assertThat(Twin.of(Corpus.READER.read(json))).isEqualTo(twin);
    assertThat(TwinStreamingCodec.read(databindBytes(twin))).isEqualTo(twin);
  }

  @Test
  void referenceModelRoundTripsThroughTheBareCodec() throws Exception {
    OperatingModel model = Templates.referenceModel();
    byte[] json = Corpus.WRITER.writeToBytes(model);
    Corpus.Sink sink = new Corpus.Sink(json.length);
    TwinStreamingCodec.write(TwinStreamingCodec.read(json), sink);
    assertThat(sink.toByteArray()).isEqualTo(json);
    // the reference model has a service catalog: the fluent build from the twin carries it too
    assertThat(ModelBuilds.buildFluent(Twin.of(model))).isEqualTo(model);
  }

  @Test
  void buildersGiveTheSameModel() {
    OperatingModel model = SampleModels.sized(1000, 3);
    assertThat(ModelBuilds.buildFluent(Twin.of(model))).isEqualTo(model);
    assertThat(ModelBuilds.rebuild(model)).isEqualTo(model);
  }

  @Test
  void footprintMeasuresEveryCodec() throws Exception {
    Footprint.Retained[] retained = Footprint.measure(1000);
    assertThat(retained)
        .extracting(Footprint.Retained::codec)
        .containsExactly("itom", "limit", "databind");
    assertThat(retained).allSatisfy(r -> assertThat(r.elements()).isGreaterThanOrEqualTo(1000));
  }

  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Options options =
        new OptionsBuilder()
            .include("dev\\.itom\\.bench\\..*")
            // needs the packaged jar and its archive: startUpFloorRuns runs its floor
            .exclude("dev\\.itom\\.bench\\.StartupBenchmark")
            .param("size", "1000")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(20))
            .verbosity(VerboseMode.SILENT)
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results.stream().map(r -> r.getParams().getBenchmark()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "dev.itom.bench.JsonBenchmark.writeItom",
            "dev.itom.bench.JsonBenchmark.writeLimit",
            "dev.itom.bench.JsonBenchmark.writeDatabind",
            "dev.itom.bench.JsonBenchmark.readItom",
            "dev.itom.bench.JsonBenchmark.readLimit",
            "dev.itom.bench.JsonBenchmark.readDatabind",
            "dev.itom.bench.ModelBenchmark.buildFluent",
            "dev.itom.bench.ModelBenchmark.buildFromElements",
            "dev.itom.bench.ModelBenchmark.rules",
            "dev.itom.bench.ModelBenchmark.rulesFirstRun",
            "dev.itom.bench.ModelBenchmark.buildAndRules",
            "dev.itom.bench.SvgBenchmark.renderSvg",
            "dev.itom.bench.PictureBenchmark.renderDot",
            "dev.itom.bench.PictureBenchmark.renderMermaid",
            "dev.itom.bench.PictureBenchmark.renderHtml",
            "dev.itom.bench.ArchimateBenchmark.exportArchimate",
            "dev.itom.bench.ArchimateBenchmark.exportJson",
            "dev.itom.bench.ArchimateBenchmark.importArchimate",
            "dev.itom.bench.ArchimateBenchmark.importJson",
            "dev.itom.bench.DiffBenchmark.equalsBaseline",
            "dev.itom.bench.DiffBenchmark.diffEqual",
            "dev.itom.bench.DiffBenchmark.diffNearlyEqual",
            "dev.itom.bench.DiffBenchmark.diffAdding",
            "dev.itom.bench.DiffBenchmark.diffScattered",
            "dev.itom.bench.DiffBenchmark.mergeEqual",
            "dev.itom.bench.DiffBenchmark.mergeNearlyEqual",
            "dev.itom.bench.DiffBenchmark.mergeAdding",
            "dev.itom.bench.DiffBenchmark.patchNearlyEqual",
            "dev.itom.bench.DiffBenchmark.patchScattered");
    assertThat(results)
        .allSatisfy(r -> assertThat(r.getPrimaryResult().getSampleCount()).isPositive());
  }

  @Test
  void startUpFloorRuns() throws Exception {
    Options options =
        new OptionsBuilder()
            .include("dev\\.itom\\.bench\\.StartupBenchmark")
            .param("start", "floor")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(2)
            .verbosity(VerboseMode.SILENT)
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).hasSize(1);
    assertThat(results.iterator().next().getPrimaryResult().getSampleCount()).isEqualTo(2);
  }

  private static byte[] databindBytes(TModel twin) throws Exception {
    Corpus.Sink sink = new Corpus.Sink(1024);
    TwinDatabind.write(twin, sink);
    return sink.toByteArray();
  }
}
