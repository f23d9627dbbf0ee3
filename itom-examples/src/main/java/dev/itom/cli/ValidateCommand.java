package dev.itom.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.itom.json.ItomJson;
import dev.itom.json.Problem;
import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import dev.itom.rules.ReportText;
import dev.itom.rules.Rules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itom validate}: reads models, runs the standard rules and prints the findings. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description = {
      "Read each FILE (JSON or YAML, by extension or content), run the standard rules and print"
          + " the findings.",
      "Exit code 0 when no finding is an error, 1 when one is, 2 when a file cannot be read as a"
          + " model."
    })
final class ValidateCommand implements Callable<Integer> {
  enum OutputFormat {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Mixin Verbose verbose;

  @Mixin CommonOptions.Lenient lenient;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files to validate.")
  List<String> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean unreadable = false;
    boolean errors = false;
    StringWriter json = new StringWriter();
    @Nullable JsonGenerator generator = null;
    JsonFactory factory = new JsonFactory();
    if (format == OutputFormat.json) {
      generator = factory.createGenerator(json);
      generator.useDefaultPrettyPrinter();
      generator.writeStartObject();
      generator.writeStringField("format", "itom-validation/1");
      generator.writeArrayFieldStart("files");
    }
    for (String file : files) {
      ModelFiles.Loaded loaded = ModelFiles.load(file, lenient.lenient, lenient.strict);
      loaded.print(file, err);
      @Nullable OperatingModel model = loaded.model();
      @Nullable Report report = null;
      if (model == null) {
        unreadable = true;
      } else {
        report = Rules.standard().check(model);
        errors |= report.hasErrors();
      }
      if (generator != null) {
        generator.writeStartObject();
        generator.writeStringField("file", file);
        generator.writeBooleanField("readable", model != null);
        writeProblems(generator, "problems", loaded.problems());
        writeProblems(generator, "warnings", loaded.warnings());
        if (report != null) {
          generator.writeFieldName("report");
          try (JsonParser parser = factory.createParser(ItomJson.writer().writeToString(report))) {
            parser.nextToken();
            generator.copyCurrentStructure(parser);
          }
        }
        generator.writeEndObject();
      } else if (model != null && report != null) {
        out.println(file + ": " + model.name());
        String text = ReportText.render(report);
        out.print(text.endsWith("\n") ? text : text + "\n");
      }
    }
    if (generator != null) {
      generator.writeEndArray();
      generator.writeEndObject();
      generator.close();
      out.println(json);
    }
    out.flush();
    return unreadable ? ItomCli.UNREADABLE : errors ? ItomCli.FINDINGS : ItomCli.OK;
  }

  /** Writes {@code problems} as an array of objects with code, line, column, pointer, message. */
  private static void writeProblems(JsonGenerator generator, String field, List<Problem> problems)
      throws IOException {
    generator.writeArrayFieldStart(field);
    for (Problem problem : problems) {
      generator.writeStartObject();
      generator.writeStringField("code", problem.code());
      generator.writeNumberField("line", problem.line());
      generator.writeNumberField("column", problem.column());
      generator.writeStringField("pointer", problem.pointer());
      generator.writeStringField("message", problem.message());
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }
}
