package dev.itom.cli;

import dev.itom.archimate.ArchimateException;
import dev.itom.archimate.ArchimateImport;
import dev.itom.archimate.ArchimateProblem;
import dev.itom.archimate.ArchimateReader;
import dev.itom.json.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads ArchiMate exchange files for the commands: recognized by the extension {@code .xml} or by
 * their root element; each problem points at the identifier of the concept it concerns, so that it
 * prints as {@code FILE:LINE:COLUMN: IDENTIFIER: message}.
 */
final class ArchimateFiles {
  private ArchimateFiles() {}

  /** Whether a file is an exchange file: named {@code .xml}, or its first element is a model. */
  static boolean is(Path file, byte[] content) {
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xml")) {
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

  /** Reads a model with its warnings, or every problem that kept it from being read. */
  static ModelFiles.Loaded load(String file, byte[] content, boolean strict) {
    try {
      ArchimateImport read = ArchimateReader.create().strict(strict).read(content, file);
      return new ModelFiles.Loaded(read.model(), List.of(), problems(read.warnings()));
    } catch (ArchimateException e) {
      return new ModelFiles.Loaded(null, problems(e.problems()), List.of());
    }
  }

  private static List<Problem> problems(List<ArchimateProblem> problems) {
    return problems.stream()
        .map(
            p ->
                Problem.of(
                    p.code(),
                    Math.max(1, p.line()),
                    Math.max(1, p.column()),
                    p.identifier(),
                    p.message()))
        .toList();
  }
}
