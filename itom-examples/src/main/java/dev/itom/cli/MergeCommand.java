package dev.itom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.diff.ModelMerge;
import dev.itom.diff.Side;
import dev.itom.json.DiffJson;
import dev.itom.model.OperatingModel;
import java.io.PrintWriter;
import java.nio.file.Files;
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

/** {@code itom merge}: the three-way merge of two edits of one base model. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description = {
      "Merge the changes from BASE to OURS and from BASE to THEIRS element by element and write the"
          + " merged model in canonical form, in the syntax of OURS, to standard output or OUT.",
      "Every conflict is printed to standard error as POINTER: conflict: ours X, theirs Y (base"
          + " Z), and nothing is written unless --prefer resolves them.",
      "Exit code 0 when the merge is clean, 1 when conflicts remain, 2 when a file cannot be read"
          + " as a model. Works as a git merge driver: itom merge %%O %%A %%B -o %%A."
    })
final class MergeCommand implements Callable<Integer> {
  enum ConflictFormat {
    text,
    json
  }

  enum Prefer {
    ours(Side.OURS),
    theirs(Side.THEIRS);

    final Side side;

    Prefer(Side side) {
      this.side = side;
    }
  }

  @Spec CommandSpec spec;

  @Mixin Verbose verbose;

  @Mixin CommonOptions.Lenient lenient;

  @Mixin CommonOptions.OutputFile output;

  @Option(
      names = "--prefer",
      description =
          "Resolve every conflict with ${COMPLETION-CANDIDATES}: that side's changes where the two"
              + " conflict, the other side's changes everywhere else.")
  @Nullable Prefer prefer;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "How conflicts are printed: ${COMPLETION-CANDIDATES}; json writes the itom-diff/1"
              + " document of the conflicts to standard error (default: ${DEFAULT-VALUE}).")
  ConflictFormat format = ConflictFormat.text;

  @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor.")
  String base;

  @Parameters(index = "1", paramLabel = "OURS", description = "Our edit of BASE.")
  String ours;

  @Parameters(index = "2", paramLabel = "THEIRS", description = "Their edit of BASE.")
  String theirs;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Optional<OperatingModel> b = ModelFiles.read(base, lenient.lenient, lenient.strict, err);
    Optional<OperatingModel> o = ModelFiles.read(ours, lenient.lenient, lenient.strict, err);
    Optional<OperatingModel> t = ModelFiles.read(theirs, lenient.lenient, lenient.strict, err);
    if (b.isEmpty() || o.isEmpty() || t.isEmpty()) {
      return ItomCli.UNREADABLE;
    }
    ModelMerge merge = ModelMerge.of(b.get(), o.get(), t.get());
    if (prefer != null) {
      merge = merge.prefer(prefer.side);
    }
    if (!merge.isClean()) {
      String document = DiffJson.write(merge);
      if (format == ConflictFormat.json) {
        err.print(document);
      } else {
        for (JsonNode conflict : new ObjectMapper().readTree(document).path("conflicts")) {
          err.println(line(conflict));
        }
      }
      err.flush();
      return ItomCli.FINDINGS;
    }
    output.write(spec, syntaxOfOurs().write(merge.model()));
    return ItomCli.OK;
  }

  /** The syntax OURS is written in; JSON for an ArchiMate file, which has no canonical form. */
  private Syntax syntaxOfOurs() throws java.io.IOException {
    Path path = Path.of(ours);
    byte[] content = Files.readAllBytes(path);
    return ArchimateFiles.is(path, content) ? Syntax.json : Syntax.of(path, content);
  }

  /** {@code POINTER: conflict: ours X, theirs Y (base Z)}, values as itom/1 JSON. */
  static String line(JsonNode conflict) {
    String pointer = conflict.path("pointer").asText();
    return (pointer.isEmpty() ? "/" : pointer)
        + ": conflict: ours "
        + value(conflict, "ours")
        + ", theirs "
        + value(conflict, "theirs")
        + " (base "
        + value(conflict, "base")
        + ")";
  }

  private static String value(JsonNode conflict, String side) {
    JsonNode value = conflict.get(side);
    return value == null ? "absent" : value.toString();
  }
}
