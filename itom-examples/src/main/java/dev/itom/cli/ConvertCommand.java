package dev.itom.cli;

import dev.itom.model.OperatingModel;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itom convert}: writes a model in canonical form, as JSON or YAML. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description = {
      "Read FILE (JSON, YAML or an ArchiMate exchange file) and write it in canonical form, to standard"
          + " output or OUT: as JSON, YAML or an ArchiMate 3.1 exchange file with the map as a view.",
      "Converting a canonical file again gives the same bytes."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Verbose verbose;

  @Parameters(index = "0", paramLabel = "FILE", description = "The model file to convert.")
  String file;

  @Mixin CommonOptions.To to;

  @Mixin CommonOptions.OutputFile output;

  @Mixin CommonOptions.Lenient lenient;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Optional<OperatingModel> model = ModelFiles.read(file, lenient.lenient, lenient.strict, err);
    if (model.isEmpty()) {
      return ItomCli.UNREADABLE;
    }
    output.write(spec, to.syntax.write(model.get()));
    return ItomCli.OK;
  }
}
