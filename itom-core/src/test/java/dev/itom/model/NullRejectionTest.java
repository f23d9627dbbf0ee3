package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import dev.itom.rules.Finding;
import dev.itom.rules.Report;
import dev.itom.rules.Rule;
import dev.itom.rules.RuleSet;
import dev.itom.rules.Rules;
import dev.itom.rules.Severity;
import dev.itom.templates.Templates;
import dev.itom.testing.PublicClasses;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guava's {@link NullPointerTester} over every public class of itom-core, found by scanning the
 * module's exported packages: every public constructor and static method, and every public instance
 * method of a sample instance of each class. A new public class with instance methods fails {@link
 * #everyPublicClassWithInstanceMethodsHasASample()} until it gets a sample here, and a new value
 * type (a sample that overrides {@code equals}) fails {@link #everyValueTypeHasAnEqualsTester()}
 * until an {@code EqualsTester} covers it.
 */
class NullRejectionTest {
  private static final OperatingModel MODEL = Templates.referenceModel();

  /** Interfaces only users implement (with lambdas); null handling there is the user's. */
  private static final Set<Class<?>> USER_IMPLEMENTED = Set.of(Rule.Check.class);

  private static List<Class<?>> classes;
  private static List<Object> samples;

  @BeforeAll
  static void scan() {
    classes = PublicClasses.of(OperatingModel.class);
    samples = samples();
  }

  /** One instance of every public class that has instance methods, fresh for each test. */
  private static List<Object> samples() {
    List<Object> out = new ArrayList<>();
    out.add(MODEL);
    out.add(MODEL.roles().get(0));
    out.add(MODEL.consumers().get(0));
    out.add(MODEL.artifacts().get(0));
    out.add(MODEL.valueChains().get(0));
    out.add(MODEL.stages().get(0));
    out.add(MODEL.processes().get(0));
    out.add(
        MODEL.processes().stream().flatMap(p -> p.frameworks().stream()).findFirst().orElseThrow());
    out.add(MODEL.alignments().get(0));
    out.add(MODEL.assignments().get(0));
    out.add(MODEL.offerings().get(0));
    out.add(
        MODEL.offerings().stream().flatMap(o -> o.pricing().stream()).findFirst().orElseThrow());
    out.add(MODEL.kpis().get(0));
    out.add(Metamodel.STAGE);
    out.add(Metamodel.STAGE.field("owner").orElseThrow());
    out.add(Violation.of("blank-name", "/roles/0", "a message"));
    out.add(new InvalidModelException("m", List.of(Violation.of("bad-id", "/a", "b"))));
    out.add(Role.builder());
    out.add(Consumer.builder());
    out.add(Artifact.builder());
    out.add(ValueChain.builder());
    out.add(Stage.builder());
    out.add(SupportProcess.builder());
    out.add(FrameworkReference.builder());
    out.add(Alignment.builder());
    out.add(Assignment.builder());
    out.add(Offering.builder());
    out.add(Pricing.builder());
    out.add(Option.builder());
    out.add(ServiceLevel.builder());
    out.add(Alternative.builder());
    out.add(new OptionBuilder("opt", "Opt"));
    out.add(new AlternativeBuilder("Alt"));
    out.add(Option.builder().id("opt").name("Opt").build());
    out.add(ServiceLevel.of("availability", java.math.BigDecimal.ONE, "%"));
    out.add(Alternative.builder().name("Alt").build());
    out.add(Kpi.builder());
    out.add(OperatingModel.builder("m", "M"));
    out.add(new StageBuilder("s", "S"));
    out.add(new ChainBuilder("c", "C", ValueChainKind.CUSTOM));
    out.add(new SupportProcessBuilder("p", "P", ProcessCategory.ENABLING));
    out.add(new OfferingBuilder("o", "O"));
    out.add(new KpiBuilder("k", "K"));
    out.add(new ElementBuilder("r", "role"));
    Report report = Rules.standard().check(OperatingModel.builder("m", "M").build());
    out.add(report);
    out.add(report.findings().get(0));
    out.add(Finding.ofModel("X-1", Severity.INFO, "", "a model finding"));
    out.add(Rules.standard());
    out.add(RuleSet.empty());
    out.add(Rules.CORE_CHAINS_PRESENT);
    out.add(dev.itom.render.Format.SVG.renderer());
    AtomicReference<Rule.FindingSink> sink = new AtomicReference<>();
    Rule lambda =
        Rule.of(
            "X-2", Severity.WARNING, "captures its sink", (model, findings) -> sink.set(findings));
    lambda.check(MODEL);
    out.add(lambda);
    out.add(sink.get());
    out.addAll(immutableSamples());
    return out;
  }

  private static @Nullable List<Object> immutableSamples;

  /**
   * The samples of the diff and ArchiMate packages: immutable values that cost an export, a
   * validated import and several diffs to make, so made once for all testers.
   */
  private static synchronized List<Object> immutableSamples() {
    if (immutableSamples == null) {
      List<Object> out = new ArrayList<>(dev.itom.diff.DiffSamples.samples());
      out.addAll(dev.itom.archimate.ArchimateSamples.samples());
      immutableSamples = List.copyOf(out);
    }
    return immutableSamples;
  }

  private static boolean hasPublicInstanceMethods(Class<?> type) {
    for (Method method : type.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() != Object.class
          && method.getDeclaringClass() != Enum.class
          && !method.isSynthetic()
          && !(Throwable.class.isAssignableFrom(type)
              && Throwable.class.isAssignableFrom(method.getDeclaringClass())
              && !method.getDeclaringClass().getPackageName().startsWith("dev.itom"))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theScanFindsThePublicApi() {
    assertThat(classes)
        .contains(
            OperatingModel.class,
            Stage.Builder.class,
            Rule.class,
            Rule.FindingSink.class,
            dev.itom.render.SvgRenderer.class,
            dev.itom.render.Format.class,
            dev.itom.templates.Templates.class,
            RuleSet.class)
        .doesNotContain(ModelIndex.class, Codes.class)
        .allMatch(type -> Modifier.isPublic(type.getModifiers()));
  }

  @Test
  void everyPublicClassWithInstanceMethodsHasASample() {
    List<String> missing =
        classes.stream()
            .filter(type -> !type.isEnum() && hasPublicInstanceMethods(type))
            .filter(type -> !USER_IMPLEMENTED.contains(type))
            .filter(type -> samples.stream().noneMatch(type::isInstance))
            .map(Class::getName)
            .collect(Collectors.toList());
    assertThat(missing)
        .as("public classes without a sample in NullRejectionTest.samples()")
        .isEmpty();
  }

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    List<Object> samples = samples();
    for (Class<?> type : classes) {
      for (Object sample : samples) {
        if (type.isInstance(sample)) {
          setDefault(tester, type, sample);
          break;
        }
      }
    }
    return tester;
  }

  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object sample) {
    tester.setDefault(type, type.cast(sample));
  }

  @Test
  void publicConstructorsAndStaticMethodsRejectNull() {
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    for (Class<?> type : classes) {
      try {
        tester.testAllPublicStaticMethods(type);
        if (!Modifier.isAbstract(type.getModifiers())) {
          tester.testAllPublicConstructors(type);
        }
      } catch (AssertionError e) {
        failures.add(type.getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * The public instance methods a sample offers through the public types it is an instance of
   * (called through those types, so package-private implementations such as the built-in rules are
   * tested through their public interface), without {@code equals}.
   */
  private static Set<Method> publicInstanceMethods(Object sample) {
    Set<Method> out = new LinkedHashSet<>();
    for (Class<?> type : classes) {
      if (!type.isInstance(sample)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        boolean equals = method.getName().equals("equals") && method.getParameterCount() == 1;
        if (!Modifier.isStatic(method.getModifiers())
            && method.getDeclaringClass().getName().startsWith("dev.itom.")
            && method.getParameterCount() > 0
            && !equals) {
          out.add(method);
        }
      }
    }
    return out;
  }

  @Test
  void publicInstanceMethodsRejectNull() {
    List<String> failures = new ArrayList<>();
    List<Object> fresh = samples();
    for (Class<?> type : classes) {
      if (type.isEnum()) {
        fresh.addAll(Arrays.asList(type.getEnumConstants()));
      }
    }
    int tested = 0;
    for (Object sample : fresh) {
      NullPointerTester tester = tester();
      for (Method method : publicInstanceMethods(sample)) {
        tested++;
        try {
          tester.testMethod(sample, method);
        } catch (AssertionError e) {
          failures.add(sample.getClass().getName() + ": " + e.getMessage());
        }
      }
    }
    assertThat(failures).as("%s", failures).isEmpty();
    assertThat(tested).isGreaterThan(100);
  }

  /**
   * The public types whose equality an {@code EqualsTester} checks: in ValueTypesTest (the model)
   * and RulesEqualityTest (the rules).
   */
  private static final Set<Class<?>> EQUALITY_TESTED =
      Set.of(
          OperatingModel.class,
          Role.class,
          Consumer.class,
          Artifact.class,
          ValueChain.class,
          Stage.class,
          SupportProcess.class,
          FrameworkReference.class,
          Alignment.class,
          Assignment.class,
          Offering.class,
          Pricing.class,
          Option.class,
          ServiceLevel.class,
          Alternative.class,
          Kpi.class,
          Violation.class,
          Finding.class,
          Report.class,
          RuleSet.class);

  @Test
  void everyValueTypeHasAnEqualsTester() throws Exception {
    List<String> untested = new ArrayList<>();
    for (Object sample : samples) {
      if (sample.getClass().getMethod("equals", Object.class).getDeclaringClass() == Object.class
          || sample instanceof Enum) {
        continue;
      }
      boolean tested =
          EQUALITY_TESTED.stream().anyMatch(type -> type.isInstance(sample))
              || dev.itom.diff.DiffSamples.equalityTested().stream()
                  .anyMatch(type -> type.isInstance(sample))
              || dev.itom.archimate.ArchimateSamples.equalityTested().stream()
                  .anyMatch(type -> type.isInstance(sample));
      if (!tested) {
        untested.add(sample.getClass().getName());
      }
    }
    assertThat(untested).as("value types without an EqualsTester").isEmpty();
  }

  @Test
  void theTesterWouldCatchAMissingCheck() {
    // a class that forgets its null check is reported: the tester is not vacuous here
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () -> new NullPointerTester().testAllPublicStaticMethods(Forgetful.class));
    assertThat(e).hasMessageContaining("forgets");
  }

  /** A public class that forgets to reject null. */
  public static final class Forgetful {
    private Forgetful() {}

    /**
     * Does not check its argument.
     *
     * @param text anything
     * @return the length, or 0 for null
     */
    public static int forgets(String text) {
      return text == null ? 0 : text.length();
    }
  }
}
