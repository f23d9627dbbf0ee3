package dev.itom.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options that several commands share, as picocli mixins. */
final class CommonOptions {
  private CommonOptions() {}

  /** {@code -o/--output OUT}: where a command writes, standard output without it. */
  static final class OutputFile {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "OUT",
        description = "Write to OUT instead of standard output.")
    @Nullable Path output;

    void write(CommandSpec spec, String text) throws IOException {
      Output.write(spec, output, text);
    }
  }

  /** {@code --lenient}: skip unknown fields with a warning instead of rejecting the file. */
  static final class Lenient {
    @Option(names = "--lenient", description = "Skip unknown fields and report them as warnings.")
    boolean lenient;

    @Option(
        names = "--strict",
        description =
            "Refuse an ArchiMate file with anything itom cannot hold, instead of warning about it.")
    boolean strict;
  }

  /** {@code --to json|yaml}: the syntax a command writes. */
  static final class To {
    @Option(
        names = "--to",
        defaultValue = "json",
        paramLabel = "json|yaml|archimate",
        description = "Output syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Syntax syntax = Syntax.json;
  }
}
