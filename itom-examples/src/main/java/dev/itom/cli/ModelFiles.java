package dev.itom.cli;

import dev.itom.json.ItomJsonException;
import dev.itom.json.Problem;
import dev.itom.json.ReadResult;
import dev.itom.model.OperatingModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads model files for the commands and prints read errors as {@code FILE:LINE:COLUMN: POINTER:
 * message}.
 */
final class ModelFiles {
  private ModelFiles() {}

  /**
   * Reads a model, printing every problem (and, in lenient mode, every warning) to {@code err}.
   *
   * @return the model, or empty when the file cannot be read as a model
   */
  static Optional<OperatingModel> read(String file, boolean lenient, PrintWriter err) {
    return read(file, lenient, false, err);
  }

  /**
   * Reads a model as {@link #read(String, boolean, PrintWriter)} does; an ArchiMate exchange file,
   * strictly if {@code strict}: anything itom cannot hold is then an error, not a warning.
   *
   * @return the model, or empty when the file cannot be read as a model
   */
  static Optional<OperatingModel> read(
      String file, boolean lenient, boolean strict, PrintWriter err) {
    Path path = Path.of(file);
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      err.println(file + ":1:1: /: no such file; check the path");
      return Optional.empty();
    } catch (AccessDeniedException e) {
      err.println(file + ":1:1: /: permission denied; check the file's permissions");
      return Optional.empty();
    } catch (IOException e) {
      err.println(file + ":1:1: /: cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
    if (Files.isDirectory(path)) {
      err.println(file + ":1:1: /: is a directory; name a model file");
      return Optional.empty();
    }
    if (ArchimateFiles.is(path, content)) {
      return ArchimateFiles.read(file, content, strict, err);
    }
    try {
      ReadResult result = Syntax.of(path, content).reader(lenient).readResult(content);
      for (Problem warning : result.warnings()) {
        err.println(
            file
                + ":"
                + warning.line()
                + ":"
                + warning.column()
                + ": "
                + pointer(warning)
                + ": warning: "
                + warning.message());
      }
      return Optional.of(result.model());
    } catch (ItomJsonException e) {
      for (Problem problem : e.problems()) {
        err.println(line(file, problem));
      }
      return Optional.empty();
    }
  }

  static String line(String file, Problem problem) {
    return file
        + ":"
        + problem.line()
        + ":"
        + problem.column()
        + ": "
        + pointer(problem)
        + ": "
        + problem.message();
  }

  private static String pointer(Problem problem) {
    return problem.pointer().isEmpty() ? "/" : problem.pointer();
  }
}
