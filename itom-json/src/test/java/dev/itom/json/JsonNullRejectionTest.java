package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import dev.itom.templates.Templates;
import dev.itom.testing.PublicClasses;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guava's {@link NullPointerTester} over every public class of itom-json's exported package, found
 * by scanning the module, and {@link EqualsTester} for its value type {@link Problem}. The package
 * {@code dev.itom.json.internal} is not exported and holds no entry points.
 */
class JsonNullRejectionTest {
  private static final OperatingModel MODEL = Templates.referenceModel();
  private static List<Class<?>> classes;
  @TempDir static Path dir;

  @BeforeAll
  static void scan() {
    classes = PublicClasses.of(ItomJson.class);
  }

  private static List<Object> samples() {
    List<Object> out = new ArrayList<>();
    out.add(ItomJson.reader());
    out.add(ItomJson.reader().lenient());
    out.add(ItomJson.writer());
    out.add(ItomJson.writer().compact());
    out.add(ItomYaml.reader());
    out.add(ItomYaml.writer());
    out.add(Problem.of("wrong-type", 1, 2, "/roles/0", "a problem"));
    out.add(
        ReadResult.of(MODEL, List.of(Problem.of("unknown-field", 1, 2, "/x", "unknown field"))));
    out.add(new ItomJsonException("file.json", List.of(Problem.of("syntax", 1, 2, "/x", "bad"))));
    out.add(new ItomModule());
    out.add(ItomJackson3Module.lenient());
    out.add(new DiffJsonException("/changes/0", "bad"));
    return out;
  }

  private static NullPointerTester tester() throws IOException {
    Path file = dir.resolve("model.itom.json");
    ItomJson.writer().write(MODEL, file);
    Report report = Rules.standard().check(MODEL);
    return new NullPointerTester()
        .setDefault(OperatingModel.class, MODEL)
        .setDefault(Report.class, report)
        .setDefault(Path.class, file)
        .setDefault(ObjectMapper.class, new ObjectMapper())
        .setDefault(Problem.class, Problem.of("syntax", 0, 0, "", "m"))
        .setDefault(ItomJsonReader.class, ItomJson.reader())
        .setDefault(ItomJsonWriter.class, ItomJson.writer())
        .setDefault(dev.itom.diff.ModelDiff.class, dev.itom.diff.ModelDiff.empty())
        .setDefault(
            dev.itom.diff.ModelMerge.class, dev.itom.diff.ModelMerge.of(MODEL, MODEL, MODEL));
  }

  @Test
  void theScanFindsThePublicApi() {
    assertThat(classes)
        .contains(
            ItomJson.class,
            ItomYaml.class,
            ItomJsonReader.class,
            ItomJsonWriter.class,
            ItomJsonException.class,
            Problem.class,
            ReadResult.class,
            ItomModule.class)
        .allMatch(type -> type.getPackageName().equals("dev.itom.json"));
  }

  @Test
  void everyPublicClassHasASample() {
    List<Object> samples = samples();
    List<String> missing =
        classes.stream()
            .filter(type -> !type.isEnum() && !Modifier.isAbstract(type.getModifiers()))
            .filter(type -> samples.stream().noneMatch(type::isInstance))
            .filter(JsonNullRejectionTest::hasInstanceMethods)
            .map(Class::getName)
            .collect(Collectors.toList());
    assertThat(missing).as("public classes without a sample in JsonNullRejectionTest").isEmpty();
  }

  private static boolean hasInstanceMethods(Class<?> type) {
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void publicConstructorsAndStaticMethodsRejectNull() throws IOException {
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    for (Class<?> type : classes) {
      try {
        tester.testAllPublicStaticMethods(type);
        tester.testAllPublicConstructors(type);
      } catch (AssertionError e) {
        failures.add(type.getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void publicInstanceMethodsRejectNull() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Object sample : samples()) {
      try {
        tester().testAllPublicInstanceMethods(sample);
      } catch (AssertionError e) {
        failures.add(sample.getClass().getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void yamlEntryPointsRejectNullAndNonYamlMappers() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(ObjectMapper.class, new YAMLMapper());
    tester.testAllPublicStaticMethods(ItomYaml.class);
  }

  @Test
  void problemEquality() {
    new EqualsTester()
        .addEqualityGroup(Problem.of("c", 1, 2, "/a", "m"), Problem.of("c", 1, 2, "/a", "m"))
        .addEqualityGroup(Problem.of("d", 1, 2, "/a", "m"))
        .addEqualityGroup(Problem.of("c", 2, 2, "/a", "m"))
        .addEqualityGroup(Problem.of("c", 1, 3, "/a", "m"))
        .addEqualityGroup(Problem.of("c", 1, 2, "/b", "m"))
        .addEqualityGroup(Problem.of("c", 1, 2, "/a", "n"))
        .addEqualityGroup(Problem.of("c", 0, 0, "", "m"))
        .testEquals();
  }

  /** The value types of this package: each has an equality test above or says why not. */
  private static final Set<Class<?>> VALUE_TYPES = Set.of(Problem.class);

  @Test
  void everyTypeWithEqualsIsAValueTypeTestedHere() throws Exception {
    List<String> unlisted = new ArrayList<>();
    for (Object sample : samples()) {
      Class<?> declaring = sample.getClass().getMethod("equals", Object.class).getDeclaringClass();
      if (declaring.getPackageName().equals("dev.itom.json") && !VALUE_TYPES.contains(declaring)) {
        unlisted.add(declaring.getName());
      }
    }
    assertThat(unlisted).isEmpty();
  }
}
