package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import dev.itom.internal.Texts;
import dev.itom.model.OperatingModel;
import dev.itom.testing.NonBlankTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the reader with mutated documents ({@link Mutator}: flipped bits, truncations, invalid
 * UTF-8, splices, deleted or duplicated fields, swapped types, huge numbers, deep nesting, odd
 * strings; JSON and YAML). Every document gives a valid model or {@link ItomJsonException}, never
 * another exception and never a hang: each document runs on a worker with a deadline of {@value
 * #DEADLINE_SECONDS} seconds. A model that is accepted also writes back canonically, and the same
 * document read from a string gives an equal model or the same problems.
 *
 * <p>Seeds {@code itom.fuzz.seed} (default 0) up to {@code itom.fuzz.count} (default 100,000) more;
 * one seed is one document, so {@code -Ditom.fuzz.seed=S -Ditom.fuzz.count=1} replays a failure.
 * The differential check against the JSON Schema runs on {@code itom.fuzz.schemaCount} (default
 * 5,000) documents. Failing inputs are printed escaped and saved under {@code
 * target/fuzz-failures}.
 */
class ReaderFuzzTest {
  private static final long DEADLINE_SECONDS = 20;
  private static final int MAX_REPORTED = 10;

  private ExecutorService worker;

  @BeforeEach
  void startWorker() {
    worker = newWorker();
  }

  @AfterEach
  void stopWorker() {
    worker.shutdownNow();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, "reader-fuzz");
          thread.setDaemon(true);
          return thread;
        });
  }

  private enum Outcome {
    ACCEPTED,
    REJECTED
  }

  /**
   * Reads one mutant from bytes and again as a string; throws what the reader throws unless it is
   * an ItomJsonException. When the bytes are valid UTF-8 the string is the same document, so it
   * must read to an equal model or fail with the same problems ({@link #assertSameProblems}).
   * Otherwise the string (invalid UTF-8 decoded to U+FFFD) is a document of its own: a model it
   * gives must round-trip like any other. Every problem has a kebab-case code.
   */
  private static Outcome read(Mutator.Mutant mutant) {
    ItomJsonReader reader = mutant.yaml() ? ItomYaml.reader() : ItomJson.reader();
    ItomJsonWriter writer = mutant.yaml() ? ItomYaml.writer() : ItomJson.writer();
    boolean sameDocument = validUtf8(mutant.bytes());
    OperatingModel model = null;
    ItomJsonException rejected = null;
    try {
      model = reader.read(mutant.bytes());
    } catch (ItomJsonException e) {
      rejected = e;
    }
    OperatingModel modelFromText = null;
    ItomJsonException rejectedFromText = null;
    try {
      modelFromText = reader.read(mutant.text());
    } catch (ItomJsonException e) {
      rejectedFromText = e;
    }
    if (rejectedFromText != null) {
      assertThat(rejectedFromText.problems()).isNotEmpty().allSatisfy(ReaderFuzzTest::coded);
    } else {
      roundTrips(reader, writer, modelFromText);
    }
    if (rejected != null) {
      assertThat(rejected.problems()).isNotEmpty().allSatisfy(ReaderFuzzTest::coded);
      if (sameDocument) {
        assertThat(rejectedFromText).as("the same document read from a string").isNotNull();
        assertSameProblems(rejected.problems(), rejectedFromText.problems(), mutant.text());
      }
      return Outcome.REJECTED;
    }
    roundTrips(reader, writer, model);
    if (sameDocument) {
      assertThat(modelFromText).as("the same document read from a string").isEqualTo(model);
    }
    return Outcome.ACCEPTED;
  }

  /**
   * Asserts that a document read as bytes and as text has the same problems: the same codes, lines,
   * pointers and messages, and the same columns. Where a problem is Jackson's own syntax error its
   * two parsers differ a little, and that is allowed: the wording ({@code syntax}, {@code
   * truncated}), and, for a malformed number only, the column: the byte parser reports the
   * character that breaks the number, the text parser a column inside the number before it, so that
   * only number characters stand between the two.
   */
  private static void assertSameProblems(
      List<Problem> fromBytes, List<Problem> fromText, String text) {
    assertThat(fromText).hasSameSizeAs(fromBytes);
    for (int i = 0; i < fromBytes.size(); i++) {
      Problem bytes = fromBytes.get(i);
      Problem chars = fromText.get(i);
      String what = bytes + " read from bytes, " + chars + " from text";
      assertThat(chars.code()).as(what).isEqualTo(bytes.code());
      assertThat(chars.line()).as(what).isEqualTo(bytes.line());
      assertThat(chars.pointer()).as(what).isEqualTo(bytes.pointer());
      if (bytes.code().equals("syntax") && bytes.message().contains(" in numeric value")) {
        String line = text.split("\r\n|\r|\n", -1)[bytes.line() - 1];
        assertThat(bytes.column()).as(what).isGreaterThanOrEqualTo(chars.column());
        assertThat(line.substring(chars.column() - 1, bytes.column() - 1))
            .as(what)
            .matches("[0-9.eE+-]*");
      } else {
        assertThat(chars.column()).as(what).isEqualTo(bytes.column());
      }
      if (!bytes.code().equals("syntax") && !bytes.code().equals("truncated")) {
        assertThat(chars.message()).as(what).isEqualTo(bytes.message());
      }
    }
  }

  private static void coded(Problem problem) {
    assertThat(problem.code()).as("code of %s", problem).matches("[a-z]+(-[a-z]+)*");
  }

  /** An accepted model writes canonically and reads back equal. */
  private static void roundTrips(
      ItomJsonReader reader, ItomJsonWriter writer, @Nullable OperatingModel model) {
    assertThat(model).isNotNull();
    String text = writer.writeToString(model);
    OperatingModel again = reader.read(text);
    if (!again.equals(model) || !writer.writeToString(again).equals(text)) {
      throw new AssertionError("an accepted model does not round-trip");
    }
  }

  /** Runs a check with a deadline; on a hang, replaces the stuck worker and reports the hang. */
  private <T> T withDeadline(Mutator.Mutant mutant, java.util.concurrent.Callable<T> check)
      throws Throwable {
    Future<T> future = worker.submit(check);
    try {
      return future.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError("no answer within " + DEADLINE_SECONDS + " s (a hang)");
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private static String describe(Mutator.Mutant mutant, Throwable failure) {
    Path saved =
        Path.of("target", "fuzz-failures", mutant.seed() + (mutant.yaml() ? ".yaml" : ".json"));
    try {
      Files.createDirectories(saved.getParent());
      Files.write(saved, mutant.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "seed "
        + mutant.seed()
        + " ("
        + mutant.how()
        + ", saved as "
        + saved
        + "): "
        + failure
        + "\n  input: "
        + Mutator.escaped(mutant.bytes(), 600);
  }

  private static void check(List<String> failures, int failed, long first, long count) {
    assertThat(failures)
        .as(
            "%s of the fuzz seeds %s..%s fail; replay one with -Ditom.fuzz.seed=S"
                + " -Ditom.fuzz.count=1",
            failed, first, first + count - 1)
        .isEmpty();
  }

  @Test
  void everyMutatedDocumentGivesAModelOrItomJsonException() {
    long first = Long.getLong("itom.fuzz.seed", 0L);
    long count = Long.getLong("itom.fuzz.count", 100_000L);
    List<String> failures = new ArrayList<>();
    int failed = 0;
    int[] outcomes = new int[Outcome.values().length];
    for (long seed = first; seed < first + count; seed++) {
      Mutator.Mutant mutant = Mutator.mutate(seed);
      try {
        outcomes[withDeadline(mutant, () -> read(mutant)).ordinal()]++;
      } catch (Throwable e) {
        if (e instanceof VirtualMachineError) {
          throw (VirtualMachineError) e;
        }
        failed++;
        if (failures.size() < MAX_REPORTED) {
          failures.add(describe(mutant, e));
        }
      }
    }
    check(failures, failed, first, count);
    System.out.printf(
        "reader fuzz: %d documents from seed %d, %d accepted, %d rejected%n",
        count, first, outcomes[Outcome.ACCEPTED.ordinal()], outcomes[Outcome.REJECTED.ordinal()]);
    // the corpus is not trivially rejected: some mutants (a deleted description, a duplicated
    // bit flip in a name) are still valid models
    if (count >= 10_000) {
      assertThat(outcomes[Outcome.ACCEPTED.ordinal()]).isPositive();
      assertThat(outcomes[Outcome.REJECTED.ordinal()])
          .isGreaterThan(outcomes[Outcome.ACCEPTED.ordinal()]);
    }
  }

  @Test
  void decimalsWithExponentsOutOfRangeAreProblems() {
    // found by this fuzzer: Jackson threw NumberFormatException for the first, and the second
    // was accepted, then its plain form (a billion digits) was printed by the model's invariant
    for (String amount :
        new String[] {"99999999999999999999e99999999999999999999", "-1E+999999999", "1E-1001"}) {
      String json =
          "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"offerings\":[{\"id\":\"o\","
              + "\"name\":\"O\",\"type\":\"service\",\"lifecycle\":\"active\",\"pricing\":"
              + "{\"model\":\"fixed\",\"amount\":"
              + amount
              + ",\"currency\":\"EUR\"}}]}";
      for (ItomJsonReader reader : List.of(ItomJson.reader(), ItomYaml.reader())) {
        ItomJsonException e =
            org.assertj.core.api.Assertions.catchThrowableOfType(
                ItomJsonException.class, () -> reader.read(json));
        assertThat(e.problems())
            .singleElement()
            .satisfies(
                problem -> {
                  assertThat(problem.pointer()).isEqualTo("/offerings/0/pricing/amount");
                  // the YAML parser itself already refuses the first
                  assertThat(problem.message())
                      .containsAnyOf("exponent is out of range", "Malformed numeric value");
                });
      }
    }
    String edge =
        "{\"format\":\"itom/1\",\"id\":\"m\",\"name\":\"M\",\"kpis\":[{\"id\":\"k\",\"name\":\"K\","
            + "\"direction\":\"higher-is-better\",\"target\":1E+1000,\"baseline\":1E-1000}]}";
    assertThat(ItomJson.reader().read(edge).kpis().get(0).target())
        .contains(new java.math.BigDecimal("1E+1000"));
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Whether the schema rejects the text; text that is not JSON counts as rejected. Numbers are read
   * exactly (as BigDecimal), as the format reads them; read as doubles, 1E+1000 would be infinite
   * and the schema would reject a valid decimal.
   */
  private static boolean schemaRejects(String json) {
    List<Error> errors;
    try {
      errors = Schemas.validateExact(json);
    } catch (RuntimeException notJson) {
      return true;
    }
    return !errors.isEmpty();
  }

  @Test
  void everyDocumentTheSchemaRejectsTheReaderRejects() {
    long first = Long.getLong("itom.fuzz.seed", 0L);
    long count = Long.getLong("itom.fuzz.schemaCount", 5_000L);
    List<String> failures = new ArrayList<>();
    int failed = 0;
    int compared = 0;
    int rejectedBySchema = 0;
    for (long seed = first; seed < first + count; seed++) {
      Mutator.Mutant mutant = Mutator.mutate(seed);
      if (mutant.yaml() || !validUtf8(mutant.bytes())) {
        continue; // the schema judges JSON text
      }
      compared++;
      try {
        boolean schemaRejects = withDeadline(mutant, () -> schemaRejects(mutant.text()));
        if (!schemaRejects) {
          continue;
        }
        rejectedBySchema++;
        Outcome outcome = withDeadline(mutant, () -> read(mutant));
        if (outcome == Outcome.ACCEPTED) {
          throw new AssertionError(
              "the schema rejects it ("
                  + Schemas.validateExact(mutant.text()).stream()
                      .limit(3)
                      .map(Error::toString)
                      .toList()
                  + ") but the reader accepts it");
        }
      } catch (Throwable e) {
        if (e instanceof VirtualMachineError) {
          throw (VirtualMachineError) e;
        }
        failed++;
        if (failures.size() < MAX_REPORTED) {
          failures.add(describe(mutant, e));
        }
      }
    }
    check(failures, failed, first, count);
    System.out.printf(
        "schema differential: %d JSON documents compared, %d rejected by the schema%n",
        compared, rejectedBySchema);
    if (count >= 1_000) {
      assertThat(rejectedBySchema).isPositive().isLessThan(compared);
    }
  }

  /**
   * The reader and the schema agree on blank texts: each white space character alone (escaped,
   * twice, and raw where JSON allows it) at each place that must not be blank is refused by both,
   * the reader naming that place; with a character that is not white space between, both accept.
   */
  @Test
  void theReaderAndTheSchemaAgreeOnBlankTexts() {
    List<String> slots = new ArrayList<>();
    for (int i = 0; i < NonBlankTexts.POINTERS.size(); i++) {
      slots.add("slot" + i);
    }
    String template = ItomJson.writer().writeToString(NonBlankTexts.model(slots).build());
    int compared = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Texts.isSpace(c)) {
        continue;
      }
      String escaped = String.format("\\u%04X", c);
      List<String> blanks = new ArrayList<>(List.of(escaped, escaped + escaped));
      if (c >= 0x20) {
        blanks.add(String.valueOf((char) c));
      }
      for (int slot = 0; slot < slots.size(); slot++) {
        String placeholder = "\"" + slots.get(slot) + "\"";
        assertThat(template.split(placeholder, -1)).hasSize(2);
        String pointer = NonBlankTexts.POINTERS.get(slot);
        for (String blank : blanks) {
          String json = template.replace(placeholder, "\"" + blank + "\"");
          assertThat(schemaRejects(json)).as("the schema on %s at %s", blank, pointer).isTrue();
          ItomJsonException refused =
              org.assertj.core.api.Assertions.catchThrowableOfType(
                  ItomJsonException.class, () -> ItomJson.reader().read(json));
          assertThat(refused).as("the reader on %s at %s", blank, pointer).isNotNull();
          assertThat(refused.problems())
              .singleElement()
              .satisfies(p -> assertThat(p.pointer()).startsWith(pointer));
          assertThat(read(new Mutator.Mutant(c, json.getBytes(StandardCharsets.UTF_8), false, "")))
              .isEqualTo(Outcome.REJECTED);
          compared++;
        }
        String json = template.replace(placeholder, "\"" + escaped + "x" + escaped + "\"");
        assertThat(schemaRejects(json)).as("the schema on x between %s", escaped).isFalse();
        assertThat(ItomJson.reader().read(json).name()).isNotEmpty();
        compared++;
      }
    }
    // 30 white space characters, 9 of them below U+0020 (escaped only), and one text not blank
    assertThat(compared).isEqualTo((21 * 3 + 9 * 2 + 30) * slots.size());
  }
}
