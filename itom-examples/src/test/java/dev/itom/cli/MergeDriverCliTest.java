package dev.itom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.itom.json.ItomJson;
import dev.itom.model.OperatingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code git merge} of two branches that edit one model file, with {@code itom merge} as the
 * merge driver. Without git the test is skipped, unless the environment variable {@code CI} is set.
 */
class MergeDriverCliTest {
  private static final String FILE = "model.itom.json";

  @TempDir Path dir;

  record Result(int code, String output) {}

  private Result git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("HOME", dir.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "Test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.org");
    env.put("GIT_COMMITTER_NAME", "Test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.org");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private void ok(String... args) throws Exception {
    Result result = git(args);
    assertThat(result.code()).as("git %s: %s", String.join(" ", args), result.output()).isZero();
  }

  private void commit(OperatingModel model, String message) throws Exception {
    Files.writeString(dir.resolve(FILE), ItomJson.writer().writeToString(model));
    ok("add", "-A");
    ok("commit", "-q", "-m", message);
  }

  private static boolean gitPresent() {
    try {
      Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void gitMergesEditsOfDifferentElementsCleanAndReportsAConflictOfOneField() throws Exception {
    boolean present = gitPresent();
    if (!present && System.getenv("CI") != null) {
      throw new AssertionError("CI is set but git is not installed; .ci/run installs it");
    }
    assumeTrue(present, "git is not installed; the merge driver test is skipped outside CI");

    ok("init", "-q", "-b", "main");
    ok("config", "commit.gpgsign", "false");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    ok(
        "config",
        "merge.itom.driver",
        "'" + java + "' -cp '" + classpath + "' dev.itom.cli.ItomCli merge %O %A %B -o %A");
    ok("config", "merge.itom.name", "itom three-way model merge");
    Files.writeString(dir.resolve(".gitattributes"), "*.itom.json merge=itom\n");
    commit(DiffMergeCliTest.model("A", "B"), "base");

    ok("checkout", "-q", "-b", "theirs");
    commit(DiffMergeCliTest.model("A", "B2"), "theirs renames b");
    ok("checkout", "-q", "main");
    commit(DiffMergeCliTest.model("A1", "B"), "ours renames a");
    ok("merge", "-q", "--no-edit", "theirs");
    assertThat(Files.readString(dir.resolve(FILE)))
        .isEqualTo(ItomJson.writer().writeToString(DiffMergeCliTest.model("A1", "B2")));

    ok("checkout", "-q", "-b", "other");
    commit(DiffMergeCliTest.model("Theirs", "B2"), "other renames a");
    ok("checkout", "-q", "main");
    commit(DiffMergeCliTest.model("Ours", "B2"), "main renames a");
    Result conflicted = git("merge", "--no-edit", "other");
    assertThat(conflicted.code()).isNotZero();
    assertThat(conflicted.output())
        .contains(": conflict: ours \"Ours\", theirs \"Theirs\" (base \"A1\")")
        .contains("CONFLICT");
    assertThat(git("diff", "--name-only", "--diff-filter=U").output().strip()).isEqualTo(FILE);
    OperatingModel left = ItomJson.reader().read(Files.readString(dir.resolve(FILE)));
    assertThat(left).isEqualTo(DiffMergeCliTest.model("Ours", "B2"));
  }
}
