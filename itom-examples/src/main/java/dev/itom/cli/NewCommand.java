package dev.itom.cli;

import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code itom new}: writes a starting model from a template, or a generated sample model. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description =
        "Write a starting model from a template, or a generated sample model, to standard output"
            + " or OUT.")
final class NewCommand implements Callable<Integer> {
  /**
   * The most elements {@code --sample} writes: about 3.4 MB of JSON or 2.2 MB of YAML, so that
   * {@code itom validate} reads the file back in either syntax (YAML is read up to 3 Mi
   * characters).
   */
  static final int MAX_SAMPLE_ELEMENTS = 10_000;

  @Spec CommandSpec spec;

  @Mixin Verbose verbose;

  @Option(
      names = "--template",
      defaultValue = Templates.TWO_CORE,
      paramLabel = "NAME",
      description = "The template (default: ${DEFAULT-VALUE}).")
  String template;

  @Option(
      names = "--sample",
      paramLabel = "N",
      description =
          "Instead of a template, a generated sample model of N elements ("
              + Templates.MIN_SAMPLE_ELEMENTS
              + " to "
              + MAX_SAMPLE_ELEMENTS
              + "), every kind in realistic proportions.")
  @Nullable Integer sample;

  @Mixin CommonOptions.To to;

  @Mixin CommonOptions.OutputFile output;

  @Override
  public Integer call() throws Exception {
    OperatingModel model = sample == null ? template() : sample(sample);
    output.write(spec, to.syntax.write(model));
    return ItomCli.OK;
  }

  private OperatingModel template() {
    Optional<OperatingModel> model = Templates.byName(template);
    if (model.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown template '"
              + template
              + "'; choose one of: "
              + String.join(", ", Templates.names()));
    }
    return model.get();
  }

  private OperatingModel sample(int elements) {
    if (spec.commandLine().getParseResult().hasMatchedOption("--template")) {
      throw new ParameterException(
          spec.commandLine(), "--sample and --template exclude each other; give one of them");
    }
    if (elements < Templates.MIN_SAMPLE_ELEMENTS || elements > MAX_SAMPLE_ELEMENTS) {
      throw new ParameterException(
          spec.commandLine(),
          "invalid --sample "
              + elements
              + ": a sample model has "
              + Templates.MIN_SAMPLE_ELEMENTS
              + " to "
              + MAX_SAMPLE_ELEMENTS
              + " elements");
    }
    return Templates.sample(elements);
  }
}
