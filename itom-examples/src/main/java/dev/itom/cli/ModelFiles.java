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
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads model files for the commands and prints read errors as {@code FILE:LINE:COLUMN: POINTER:
 * message}.
 */
final class ModelFiles {
  private ModelFiles() {}

  /**
   * The outcome of reading one file: the model, or the problems that kept it from being read; and,
   * in lenient mode, the warnings about what was skipped.
   */
  record Loaded(@Nullable OperatingModel model, List<Problem> problems, List<Problem> warnings) {
    Loaded {
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
    }

    private static Loaded failed(String code, String message) {
      return new Loaded(null, List.of(Problem.of(code, 1, 1, "", message)), List.of());
    }

    /** Prints every problem and every warning to {@code err}, one line each. */
    void print(String file, PrintWriter err) {
      for (Problem warning : warnings) {
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
      for (Problem problem : problems) {
        err.println(line(file, problem));
      }
    }
  }

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
    Loaded loaded = load(file, lenient, strict);
    loaded.print(file, err);
    return Optional.ofNullable(loaded.model());
  }

  /**
   * Reads a model and returns it with its warnings, or every problem that kept the file from being
   * read as a model: a file that cannot be opened has one problem (code {@code no-such-file},
   * {@code permission-denied}, {@code is-a-directory} or {@code cannot-read}, at 1:1 and the
   * document's pointer), a document that cannot be read has the reader's problems. An ArchiMate
   * exchange file is read by {@link ArchimateFiles}, strictly if {@code strict}; its problems point
   * at the identifier of the concept they concern.
   */
  static Loaded load(String file, boolean lenient, boolean strict) {
    Path path = Path.of(file);
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return Loaded.failed("no-such-file", "no such file; check the path");
    } catch (AccessDeniedException e) {
      return Loaded.failed("permission-denied", "permission denied; check the file's permissions");
    } catch (IOException e) {
      if (Files.isDirectory(path)) {
        return Loaded.failed("is-a-directory", "is a directory; name a model file");
      }
      return Loaded.failed("cannot-read", "cannot read the file: " + e.getMessage());
    }
    if (Files.isDirectory(path)) {
      return Loaded.failed("is-a-directory", "is a directory; name a model file");
    }
    if (ArchimateFiles.is(path, content)) {
      return ArchimateFiles.load(file, content, strict);
    }
    try {
      ReadResult result = Syntax.of(path, content).reader(lenient).readResult(content);
      return new Loaded(result.model(), List.of(), result.warnings());
    } catch (ItomJsonException e) {
      return new Loaded(null, e.problems(), List.of());
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
