package dev.itom.cli;

import dev.itom.archimate.ArchimateException;
import dev.itom.archimate.ArchimateImport;
import dev.itom.archimate.ArchimateProblem;
import dev.itom.archimate.ArchimateReader;
import dev.itom.model.OperatingModel;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads ArchiMate exchange files for the commands: recognized by the extension {@code .xml} or by
 * their root element, problems printed as {@code FILE:LINE:COLUMN: IDENTIFIER: message}.
 */
final class ArchimateFiles {
  private ArchimateFiles() {}

  /** Whether a file is an exchange file: named {@code .xml}, or its first element is a model. */
  static boolean is(Path file, byte[] content) {
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xml") || name.endsWith(".archimate.xml")) {
      return true;
    }
    if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
      return false;
    }
    String head =
        new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8).strip();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    return head.startsWith("<") && head.contains("http://www.opengroup.org/xsd/archimate/");
  }

  /** Reads a model, printing each warning, or each problem if it cannot be read. */
  static Optional<OperatingModel> read(
      String file, byte[] content, boolean strict, PrintWriter err) {
    try {
      ArchimateImport read = ArchimateReader.create().strict(strict).read(content, file);
      for (ArchimateProblem warning : read.warnings()) {
        err.println(prefix(file, warning) + "warning: " + warning.message());
      }
      return Optional.of(read.model());
    } catch (ArchimateException e) {
      for (ArchimateProblem problem : e.problems()) {
        err.println(prefix(file, problem) + problem.message());
      }
      return Optional.empty();
    }
  }

  private static String prefix(String file, ArchimateProblem p) {
    return file
        + ":"
        + Math.max(1, p.line())
        + ":"
        + Math.max(1, p.column())
        + ": "
        + (p.identifier().isEmpty() ? "/" : p.identifier())
        + ": ";
  }
}
