package dev.itom.cli;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The build's start-up training run: runs the common commands once in-process, so that a JVM
 * started with {@code -XX:ArchiveClassesAtExit} archives the classes they load, and installs the
 * launcher script that starts {@code itom.jar} with that archive.
 *
 * <p>Run by the build after the jar is assembled: {@code java -XX:ArchiveClassesAtExit=DIR/itom.jsa
 * -cp DIR/itom.jar dev.itom.cli.Training DIR}.
 */
final class Training {
  private Training() {}

  /**
   * Trains and installs the launcher.
   *
   * @param args one argument: the directory that holds {@code itom.jar}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    checkArgument(args.length == 1, "usage: Training DIR");
    Path dir = Path.of(args[0]);
    Path work = Files.createTempDirectory("itom-training");
    try {
      String model = work.resolve("model.json").toString();
      String yaml = work.resolve("model.yaml").toString();
      String edited = work.resolve("edited.json").toString();
      run("new", "-o", model);
      run("new", "--template", "it4it", "-o", edited);
      run("validate", model);
      run("validate", "--format", "json", model);
      run("convert", "--to", "yaml", "-o", yaml, model);
      run("validate", yaml);
      run("render", "--as", "svg", "-o", work.resolve("map.svg").toString(), model);
      run("diff", model, edited);
      run("merge", model, model, edited, "-o", work.resolve("merged.json").toString());
      run("--help");
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    install(dir.resolve("itom"));
  }

  private static void run(String... args) {
    StringWriter sink = new StringWriter();
    PrintWriter writer = new PrintWriter(sink);
    ItomCli.run(writer, writer, args);
  }

  private static void install(Path launcher) throws IOException {
    try (InputStream script = Training.class.getResourceAsStream("itom.sh")) {
      if (script == null) {
        throw new IOException("the launcher script is missing from the jar");
      }
      Files.copy(script, launcher, StandardCopyOption.REPLACE_EXISTING);
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
