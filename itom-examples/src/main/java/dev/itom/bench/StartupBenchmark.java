package dev.itom.bench;

import static com.google.common.base.Preconditions.checkState;

import dev.itom.templates.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
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
 * The command line's start-up: one {@code itom validate} of a small model file per invocation, as a
 * new process, against the floor of a {@code java -jar} whose main does nothing, in the same run.
 * Each invocation is a single shot; JMH reports the minimum ({@code p0.00}) and the median ({@code
 * p0.50}) of the shots.
 *
 * <ul>
 *   <li>{@code floor}: {@code java -jar} of a jar holding {@link StartupFloor} alone;
 *   <li>{@code jar}: {@code java -jar itom.jar validate FILE}, as README's first command;
 *   <li>{@code jarCds}: the same with the build's class-data-sharing archive;
 *   <li>{@code jarC1}: the same with the quick-start compiler only;
 *   <li>{@code launcher}: the launcher script the build installs beside the jar (both).
 * </ul>
 *
 * <p>The jar, archive and launcher are read from the directory in the system property {@code
 * itom.dir} (default {@code itom-examples/target}, run from the top of the repository after {@code
 * mvn package}); {@code java} is the one that runs the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 25)
public class StartupBenchmark {
  /** How the process starts. */
  @Param({"floor", "jar", "jarCds", "jarC1", "launcher"})
  public String start;

  private ProcessBuilder process;

  /**
   * Writes the floor's jar and the model file and prepares the command.
   *
   * @throws IOException if a temporary file cannot be written
   * @throws InterruptedException if interrupted while the command runs once
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    Path dir = Path.of(System.getProperty("itom.dir", "itom-examples/target")).toAbsolutePath();
    Path work = Files.createTempDirectory("itom-startup");
    work.toFile().deleteOnExit();
    Path model = work.resolve("model.json");
    Files.write(model, Corpus.WRITER.writeToBytes(Templates.referenceModel()));
    model.toFile().deleteOnExit();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = dir.resolve("itom.jar").toString();
    String archive = "-XX:SharedArchiveFile=" + dir.resolve("itom.jsa");
    List<String> validate = List.of("validate", model.toString());
    List<String> command =
        switch (start) {
          case "floor" -> List.of(java, "-jar", floorJar(work).toString());
          case "jar" -> concat(List.of(java, "-jar", jar), validate);
          case "jarCds" -> concat(List.of(java, "-Xshare:on", archive, "-jar", jar), validate);
          case "jarC1" -> concat(List.of(java, "-XX:TieredStopAtLevel=1", "-jar", jar), validate);
          case "launcher" -> concat(List.of("sh", dir.resolve("itom").toString()), validate);
          default -> throw new IllegalArgumentException("unknown start " + start);
        };
    process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    process.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // the floor and validate of a clean model exit 0; anything else is a broken set-up
    checkState(run() == 0, "%s did not exit 0: %s", start, command);
  }

  /**
   * Starts the process and waits for its end.
   *
   * @return its exit code
   * @throws IOException if it cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public int run() throws IOException, InterruptedException {
    return process.start().waitFor();
  }

  private static List<String> concat(List<String> head, List<String> tail) {
    return Stream.concat(head.stream(), tail.stream()).toList();
  }

  /** A jar of {@link StartupFloor} alone, with it as its main class. */
  static Path floorJar(Path dir) throws IOException {
    Path jar = dir.resolve("floor.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StartupFloor.class.getName());
    String entry = StartupFloor.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream bytes = StartupFloor.class.getClassLoader().getResourceAsStream(entry)) {
      checkState(bytes != null, "%s is not on the class path", entry);
      out.putNextEntry(new JarEntry(entry));
      bytes.transferTo(out);
      out.closeEntry();
    }
    jar.toFile().deleteOnExit();
    return jar;
  }
}
