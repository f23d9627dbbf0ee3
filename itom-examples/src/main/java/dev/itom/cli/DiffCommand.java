package dev.itom.cli;

import dev.itom.diff.DiffText;
import dev.itom.diff.ModelDiff;
import dev.itom.json.DiffJson;
import dev.itom.json.JsonPatch;
import dev.itom.model.OperatingModel;
import dev.itom.render.DiffRenderer;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itom diff}: the changes from one model to another, as text, itom-diff/1 or JSON Patch, or
 * drawn on the newer model's map as SVG or an HTML report.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description = {
      "Compare OLD with NEW (JSON, YAML or ArchiMate, by extension or content) element by element"
          + " and print the changes: as text, as an itom-diff/1 JSON document, or as an RFC 6902"
          + " JSON Patch against the canonical JSON of OLD. With --as, draw them instead: the"
          + " value-chain map of NEW with every change marked and the removed elements ghosted,"
          + " as SVG or as a self-contained HTML report, to OUT or standard output.",
      "Exit code 0 when the models are the same, 1 when they differ, 2 when a file cannot be read"
          + " as a model (like diff(1))."
    })
final class DiffCommand implements Callable<Integer> {
  enum DiffFormat {
    text,
    json,
    patch
  }

  enum Picture {
    svg,
    html
  }

  @Spec CommandSpec spec;

  @Mixin Verbose verbose;

  @Mixin CommonOptions.Lenient lenient;

  @Mixin CommonOptions.OutputFile output;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DiffFormat format = DiffFormat.text;

  @Option(
      names = "--as",
      paramLabel = "svg|html",
      description =
          "Draw the changes on the map of NEW instead: ${COMPLETION-CANDIDATES}; not with"
              + " --format.")
  @Nullable Picture picture;

  @Parameters(index = "0", paramLabel = "OLD", description = "The model before.")
  String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The model after.")
  String after;

  @Override
  public Integer call() throws Exception {
    if (picture != null && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      throw new ParameterException(
          spec.commandLine(), "--as draws the changes, --format writes them: give one of them");
    }
    PrintWriter err = spec.commandLine().getErr();
    Optional<OperatingModel> old = ModelFiles.read(before, lenient.lenient, lenient.strict, err);
    Optional<OperatingModel> now = ModelFiles.read(after, lenient.lenient, lenient.strict, err);
    if (old.isEmpty() || now.isEmpty()) {
      return ItomCli.UNREADABLE;
    }
    ModelDiff diff = ModelDiff.between(old.get(), now.get());
    String text;
    if (picture != null) {
      text =
          switch (picture) {
            case svg -> DiffRenderer.svg(old.get(), now.get(), diff);
            case html -> DiffRenderer.html(old.get(), now.get(), diff);
          };
    } else {
      text =
          switch (format) {
            case text -> DiffText.render(diff);
            case json -> DiffJson.write(diff);
            case patch -> JsonPatch.between(old.get(), now.get());
          };
    }
    output.write(spec, text.endsWith("\n") ? text : text + "\n");
    return diff.isEmpty() ? ItomCli.OK : ItomCli.FINDINGS;
  }
}
