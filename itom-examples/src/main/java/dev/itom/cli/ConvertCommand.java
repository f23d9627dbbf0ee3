package dev.itom.cli;

import dev.itom.model.OperatingModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itom convert}: writes a model in canonical form, as JSON or YAML. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description = {
      "Read FILE (JSON or YAML) and write it in canonical form, to standard output or OUT.",
      "Converting a canonical file again gives the same bytes."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Verbose verbose;

  @Parameters(index = "0", paramLabel = "FILE", description = "The model file to convert.")
  String file;

  @Option(
      names = "--to",
      defaultValue = "json",
      description = "Output syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Syntax to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to OUT instead of standard output.")
  @Nullable Path output;

  @Option(names = "--lenient", description = "Skip unknown fields and report them as warnings.")
  boolean lenient;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Optional<OperatingModel> model = ModelFiles.read(file, lenient, err);
    if (model.isEmpty()) {
      return ItomCli.UNREADABLE;
    }
    Output.write(spec, output, to.writer().writeToString(model.get()));
    return ItomCli.OK;
  }
}
