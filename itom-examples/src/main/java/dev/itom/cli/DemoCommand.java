package dev.itom.cli;

import dev.itom.json.ItomJson;
import dev.itom.json.ItomYaml;
import dev.itom.model.OperatingModel;
import dev.itom.render.Format;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import dev.itom.templates.Templates;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itom demo}: the main job. Builds the reference operating model with the fluent builder,
 * checks it, writes it as JSON and YAML with its value-chain map and HTML report, reads the JSON
 * back and confirms equality, and prints a summary.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description = {
      "Build the reference operating model, check it, write it as JSON and YAML with its"
          + " value-chain map (SVG) and HTML report into DIR, read the JSON back, and print a"
          + " summary."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Verbose verbose;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = "itom-demo",
      description = "Where to write the files (default: ./${DEFAULT-VALUE}).")
  Path directory;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    OperatingModel model = Templates.referenceModel();
    Report report = Rules.standard().check(model);

    Files.createDirectories(directory);
    Path json = directory.resolve("reference-model.json");
    Path yaml = directory.resolve("reference-model.yaml");
    Path svg = directory.resolve("value-chain-map.svg");
    Path html = directory.resolve("report.html");
    ItomJson.writer().write(model, json);
    ItomYaml.writer().write(model, yaml);
    Files.writeString(svg, Format.SVG.render(model, report), StandardCharsets.UTF_8);
    Files.writeString(html, Format.HTML.render(model, report), StandardCharsets.UTF_8);

    OperatingModel readBack = ItomJson.reader().read(json);
    if (!readBack.equals(model)) {
      spec.commandLine()
          .getErr()
          .println("itom: the JSON read back differs from the model written to " + json);
      return ItomCli.UNREADABLE;
    }
    OperatingModel readBackYaml = ItomYaml.reader().read(yaml);
    if (!readBackYaml.equals(model)) {
      spec.commandLine()
          .getErr()
          .println("itom: the YAML read back differs from the model written to " + yaml);
      return ItomCli.UNREADABLE;
    }

    out.print(Summary.of(model, report));
    out.println("Read " + json + " back: equal to the model built (YAML too).");
    out.println("Wrote:");
    for (Path path : new Path[] {json, yaml, svg, html}) {
      out.println("  " + path);
    }
    out.flush();
    return report.hasErrors() ? ItomCli.FINDINGS : ItomCli.OK;
  }
}
