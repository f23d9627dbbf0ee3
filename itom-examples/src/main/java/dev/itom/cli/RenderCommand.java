package dev.itom.cli;

import dev.itom.model.OperatingModel;
import dev.itom.render.Format;
import dev.itom.rules.Rules;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itom render}: draws a model as an SVG value-chain map, Mermaid, DOT or an HTML report. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description = "Render FILE as an SVG value-chain map, Mermaid or DOT text, or an HTML report.")
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Verbose verbose;

  @Parameters(index = "0", paramLabel = "FILE", description = "The model file to render.")
  String file;

  @Option(
      names = "--as",
      required = true,
      paramLabel = "FORMAT",
      description = "svg, mermaid, dot or html.")
  String as;

  @Mixin CommonOptions.OutputFile output;

  @Mixin CommonOptions.Lenient lenient;

  @Override
  public Integer call() throws Exception {
    Format format =
        Format.fromCode(as)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown format '"
                            + as
                            + "' for --as; choose one of: "
                            + Format.allowedCodes()));
    Optional<OperatingModel> model =
        ModelFiles.read(file, lenient.lenient, lenient.strict, spec.commandLine().getErr());
    if (model.isEmpty()) {
      return ItomCli.UNREADABLE;
    }
    output.write(spec, format.render(model.get(), Rules.standard().check(model.get())));
    return ItomCli.OK;
  }
}
