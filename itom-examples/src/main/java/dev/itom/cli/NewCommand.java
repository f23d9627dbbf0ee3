package dev.itom.cli;

import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code itom new}: writes a starting model from a template. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description = "Write a starting model from a template, to standard output or OUT.")
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Verbose verbose;

  @Option(
      names = "--template",
      defaultValue = Templates.TWO_CORE,
      paramLabel = "NAME",
      description = "The template (default: ${DEFAULT-VALUE}).")
  String template;

  @Mixin CommonOptions.To to;

  @Mixin CommonOptions.OutputFile output;

  @Override
  public Integer call() throws Exception {
    Optional<OperatingModel> model = Templates.byName(template);
    if (model.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown template '"
              + template
              + "'; choose one of: "
              + String.join(", ", Templates.names()));
    }
    output.write(spec, to.syntax.writer().writeToString(model.get()));
    return ItomCli.OK;
  }
}
