package dev.itom.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;

/**
 * The architecture of {@code itom-core}, checked on its compiled main classes. Every rule names
 * packages by pattern, never by class, so it covers packages added later.
 */
@AnalyzeClasses(
    packages = "dev.itom",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  private static final DescribedPredicate<JavaClass> PUBLICLY_VISIBLE =
      DescribedPredicate.describe("are visible outside their package", ArchitectureTest::isVisible);

  /** The model is the foundation: every other package may use it, it uses none of them. */
  @ArchTest
  static final ArchRule modelDependsOnNoOtherItomPackage =
      noClasses()
          .that()
          .resideInAPackage("dev.itom.model..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.itom..")
                  .and(resideOutsideOfPackage("dev.itom.model.."))
                  .and(resideOutsideOfPackage("dev.itom.internal..")))
          .as("dev.itom.model depends on no other dev.itom package but the shared helpers");

  /** The shared helpers sit below everything: they depend on no other itom package. */
  @ArchTest
  static final ArchRule internalDependsOnNoOtherItomPackage =
      noClasses()
          .that()
          .resideInAPackage("dev.itom.internal..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.itom..").and(resideOutsideOfPackage("dev.itom.internal..")))
          .as("dev.itom.internal depends on no other dev.itom package");

  /**
   * Packages form a hierarchy; a cycle would make them one package in all but name. One pair is
   * left out on purpose: {@code dev.itom.model.access} names the model's types, and the model
   * installs its implementation there (the model's door for itom's own modules).
   */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .matching("dev.itom.(**)")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(
              resideInAPackage("dev.itom.model"), resideInAPackage("dev.itom.model.access"));

  /** The model's door depends on the model and on nothing else of itom. */
  @ArchTest
  static final ArchRule accessDependsOnTheModelOnly =
      noClasses()
          .that()
          .resideInAPackage("dev.itom.model.access")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.itom..")
                  .and(resideOutsideOfPackage("dev.itom.model"))
                  .and(resideOutsideOfPackage("dev.itom.model.access")))
          .as("dev.itom.model.access depends on dev.itom.model only");

  /** Core's only runtime dependency is Guava; JSON lives in itom-json. */
  @ArchTest
  static final ArchRule coreNeverTouchesJackson =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
          .as("itom-core never touches Jackson");

  /**
   * A class users can see is final unless it is designed for extension, which the abstract value
   * types (implemented by Immutables) and builder bases are. A public class nested in a
   * package-private one (such as a generated {@code ImmutableStage.Builder}) is not visible.
   */
  @ArchTest
  static final ArchRule publicClassesAreFinalOrAbstract =
      classes()
          .that()
          .resideInAPackage("dev.itom..")
          .and(PUBLICLY_VISIBLE)
          .and()
          .areNotInterfaces()
          .and()
          .areNotEnums()
          .and()
          .areNotRecords()
          .should()
          .haveModifier(JavaModifier.FINAL)
          .orShould()
          .haveModifier(JavaModifier.ABSTRACT);

  /**
   * The generated {@code Immutable*} classes are an implementation detail of their own package:
   * code elsewhere uses the abstract value type and its nested {@code Builder}.
   */
  @ArchTest
  static final ArchRule generatedClassesStayInTheirPackage =
      classes()
          .that()
          .resideInAPackage("dev.itom..")
          .should(notDependOnGeneratedClassesOfOtherPackages())
          .as("no class depends on a generated Immutable* class outside its own package");

  /** Every package states that nothing is null unless annotated {@code @Nullable}. */
  @ArchTest
  static final ArchRule everyPackageIsNullMarked =
      classes()
          .that()
          .resideInAPackage("dev.itom..")
          .should(resideInANullMarkedPackage())
          .as("every dev.itom package is @NullMarked in its package-info.java");

  private static boolean isVisible(JavaClass type) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    return type.getEnclosingClass().map(ArchitectureTest::isVisible).orElse(true);
  }

  private static boolean isGenerated(JavaClass type) {
    String name = type.getName();
    String topLevel = name.substring(name.lastIndexOf('.') + 1).split("\\$", -1)[0];
    return topLevel.startsWith("Immutable") && name.startsWith("dev.itom.");
  }

  private static ArchCondition<JavaClass> notDependOnGeneratedClassesOfOtherPackages() {
    return new ArchCondition<>("not depend on generated Immutable* classes of other packages") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (isGenerated(target) && !target.getPackageName().equals(origin.getPackageName())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> resideInANullMarkedPackage() {
    return new ArchCondition<>("reside in a @NullMarked package") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
          events.add(
              SimpleConditionEvent.violated(
                  type,
                  type.getName()
                      + " is in package "
                      + type.getPackageName()
                      + ", which has no package-info.java annotated @NullMarked"));
        }
      }
    };
  }
}
