package dev.itom.cli;

import dev.itom.diff.DiffText;
import dev.itom.diff.ModelDiff;
import dev.itom.json.DiffJson;
import dev.itom.json.JsonPatch;
import dev.itom.model.OperatingModel;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itom diff}: the changes from one model to another, as text, itom-diff/1 or JSON Patch. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description = {
      "Compare OLD with NEW (JSON, YAML or ArchiMate, by extension or content) element by element"
          + " and print the changes: as text, as an itom-diff/1 JSON document, or as an RFC 6902"
          + " JSON Patch against the canonical JSON of OLD.",
      "Exit code 0 when the models are the same, 1 when they differ, 2 when a file cannot be read"
          + " as a model (like diff(1))."
    })
final class DiffCommand implements Callable<Integer> {
  enum DiffFormat {
    text,
    json,
    patch
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

  @Parameters(index = "0", paramLabel = "OLD", description = "The model before.")
  String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The model after.")
  String after;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Optional<OperatingModel> old = ModelFiles.read(before, lenient.lenient, lenient.strict, err);
    Optional<OperatingModel> now = ModelFiles.read(after, lenient.lenient, lenient.strict, err);
    if (old.isEmpty() || now.isEmpty()) {
      return ItomCli.UNREADABLE;
    }
    ModelDiff diff = ModelDiff.between(old.get(), now.get());
    String text =
        switch (format) {
          case text -> DiffText.render(diff);
          case json -> DiffJson.write(diff);
          case patch -> JsonPatch.between(old.get(), now.get());
        };
    output.write(spec, text.endsWith("\n") ? text : text + "\n");
    return diff.isEmpty() ? ItomCli.OK : ItomCli.FINDINGS;
  }
}
