package dev.itom.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code itom} command line: validate, convert, create, render, demonstrate, compare and merge
 * IT operating models.
 *
 * <p>Exit codes: {@value #OK} when all went well, {@value #FINDINGS} when a rule finding has
 * severity error (for {@code diff}: the models differ; for {@code merge}: conflicts remain),
 * {@value #UNREADABLE} when a file cannot be read as a model or the command line is wrong.
 */
@Command(
    name = "itom",
    mixinStandardHelpOptions = true,
    versionProvider = ItomCli.Version.class,
    description =
        "Validate, convert, render, compare and merge IT operating models (format itom/1).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding of severity error (diff: the same model; merge: merged clean)",
      "1:a finding of severity error (diff: the models differ; merge: conflicts remain)",
      "2:a file cannot be read as a model, or the command line is wrong"
    })
public final class ItomCli implements Runnable {
  /** Exit code when all went well: {@value}. */
  public static final int OK = 0;

  /** Exit code when a rule finding has severity error: {@value}. */
  public static final int FINDINGS = 1;

  /** Exit code when a file cannot be read as a model, or the command line is wrong: {@value}. */
  public static final int UNREADABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the top-level command; picocli calls it. */
  public ItomCli() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command: validate, convert, new, render, demo, diff or merge");
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line in-process, for tests and embedding.
   *
   * @param out where normal output goes
   * @param err where errors go
   * @param args the arguments
   * @return the exit code
   * @throws NullPointerException if an argument is null
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine(out, err, args);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The subcommands in the order of the usage message. Each is created only when it is used: a
   * command line that names one command builds the picocli model of that command alone (picocli
   * reads every option of a command reflectively, and doing so for all of them is most of the
   * start-up time of a small {@code validate}).
   */
  private static final ImmutableList<String> COMMANDS =
      ImmutableList.of("validate", "convert", "new", "render", "demo", "diff", "merge", "help");

  /** A new instance of the named command (a switch, so that no other command class loads). */
  private static Object command(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "convert" -> new ConvertCommand();
      case "new" -> new NewCommand();
      case "render" -> new RenderCommand();
      case "demo" -> new DemoCommand();
      case "diff" -> new DiffCommand();
      case "merge" -> new MergeCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new ItomCli());
    if (args.length > 0 && !args[0].equals("help") && COMMANDS.contains(args[0])) {
      commandLine.addSubcommand(args[0], command(args[0]));
    } else {
      for (String name : COMMANDS) {
        commandLine.addSubcommand(name, command(name));
      }
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          boolean verbose =
              parseResult.hasMatchedOption("--verbose")
                  || (parseResult.subcommand() != null
                      && parseResult.subcommand().hasMatchedOption("--verbose"));
          line.getErr().println("itom: " + exception.getMessage());
          if (verbose) {
            exception.printStackTrace(line.getErr());
          } else {
            line.getErr().println("(run again with --verbose to see the stack trace)");
          }
          return UNREADABLE;
        });
    return commandLine;
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = ItomCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"itom " + properties.getProperty("version", "unknown")};
    }
  }
}
