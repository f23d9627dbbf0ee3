package dev.itom.json.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.itom.json.ItomJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The architecture of {@code itom-json}, checked on its compiled main classes and its module
 * descriptor: the public facade {@code dev.itom.json} is the only API, {@code
 * dev.itom.json.internal} is the implementation behind it. Rules name packages by pattern, never by
 * class, so they cover classes and packages added later.
 */
@AnalyzeClasses(
    packages = "dev.itom",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
  private static final String API = "dev.itom.json";
  private static final String INTERNAL = "dev.itom.json.internal";

  private static final DescribedPredicate<JavaClass> PUBLICLY_VISIBLE =
      DescribedPredicate.describe("are visible outside their package", ArchitectureTest::isVisible);

  /**
   * A user sees the public and protected members of the public classes of {@code dev.itom.json}:
   * none of their types (supertypes, fields, parameters, results, exceptions, type arguments and
   * bounds) may be internal, or the internal package would be API after all.
   */
  @ArchTest
  static final ArchRule theApiExposesNoInternalType =
      classes()
          .that()
          .resideInAPackage(API)
          .and(PUBLICLY_VISIBLE)
          .should(exposeNoInternalType())
          .as("no public class of dev.itom.json exposes an internal type in its signatures");

  /**
   * Only itom-json itself uses its internals. Within this module that holds by construction; the
   * rule also covers whatever else is imported from the build (itom-core's classes when built in
   * the reactor), and {@link #theInternalPackageIsNotExported()} keeps every other module out.
   */
  @ArchTest
  static final ArchRule nothingOutsideItomJsonUsesTheInternals =
      noClasses()
          .that()
          .resideOutsideOfPackage(API + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(INTERNAL + "..")
          .allowEmptyShould(true)
          .as("no class outside dev.itom.json.. depends on dev.itom.json.internal");

  /**
   * A class users can see is final unless it is designed for extension; a public class nested in a
   * package-private one is not visible.
   */
  @ArchTest
  static final ArchRule publicClassesAreFinalOrAbstract =
      classes()
          .that()
          .resideInAPackage(API + "..")
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
   * The generated {@code Immutable*} classes of itom-core are an implementation detail of their own
   * package: itom-json uses the abstract value types and their nested {@code Builder}s.
   */
  @ArchTest
  static final ArchRule generatedClassesStayInTheirPackage =
      classes()
          .that()
          .resideInAPackage(API + "..")
          .should(notDependOnGeneratedClassesOfOtherPackages())
          .as("no class of itom-json depends on a generated Immutable* class");

  /** Every package states that nothing is null unless annotated {@code @Nullable}. */
  @ArchTest
  static final ArchRule everyPackageIsNullMarked =
      classes()
          .that()
          .resideInAPackage(API + "..")
          .should(resideInANullMarkedPackage())
          .as("every dev.itom.json package is @NullMarked in its package-info.java");

  /**
   * The module exports the facade and nothing else, opens nothing, and every package it does not
   * export is internal, so a class on the class path is API only if it is in {@code dev.itom.json}.
   */
  @Test
  void theInternalPackageIsNotExported() throws IOException {
    ModuleDescriptor descriptor = descriptor();
    assertThat(descriptor.name()).isEqualTo(API);
    assertThat(descriptor.exports())
        .singleElement()
        .satisfies(
            export -> {
              assertThat(export.source()).isEqualTo(API);
              assertThat(export.isQualified()).as("qualified export").isFalse();
            });
    assertThat(descriptor.opens()).isEmpty();
    assertThat(descriptor.isOpen()).isFalse();
    Set<String> hidden = new HashSet<>(descriptor.packages());
    hidden.remove(API);
    assertThat(hidden).contains(INTERNAL);
    assertThat(hidden)
        .allSatisfy(
            name -> assertThat(name.equals(INTERNAL) || name.startsWith(INTERNAL + ".")).isTrue());
  }

  /**
   * Reads {@code module-info.class} from where the module's classes were loaded (a directory or a
   * jar), with the packages its class files are in (javac does not record them in the descriptor).
   */
  private static ModuleDescriptor descriptor() throws IOException {
    Path location;
    try {
      location =
          Path.of(ItomJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isDirectory(location)) {
      return descriptor(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return descriptor(jar.getPath("/"));
    }
  }

  private static ModuleDescriptor descriptor(Path root) throws IOException {
    Set<String> packages;
    try (Stream<Path> files = Files.walk(root)) {
      packages =
          files
              .filter(file -> file.getFileName() != null)
              .filter(file -> file.getFileName().toString().endsWith(".class"))
              .map(file -> root.relativize(file).toString().replace('\\', '/'))
              .filter(name -> name.contains("/"))
              .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
              .collect(Collectors.toSet());
    }
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in, () -> packages);
    }
  }

  private static boolean isVisible(JavaClass type) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    return type.getEnclosingClass().map(ArchitectureTest::isVisible).orElse(true);
  }

  private static boolean isSeen(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isInternal(JavaClass type) {
    JavaClass base = type.getBaseComponentType();
    String name = base.getPackageName();
    return name.equals(INTERNAL) || name.startsWith(INTERNAL + ".");
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no internal type") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Set<JavaType> seen = new HashSet<>();
        type.getSuperclass().ifPresent(seen::add);
        seen.addAll(type.getInterfaces());
        seen.addAll(type.getTypeParameters());
        report(type, "its supertypes or type parameters", seen, events);
        for (JavaField field : type.getFields()) {
          if (isSeen(field.getModifiers())) {
            report(type, field.getFullName(), Set.of(field.getType()), events);
          }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (!isSeen(unit.getModifiers())
              || unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            continue;
          }
          Set<JavaType> signature = new HashSet<>(unit.getParameterTypes());
          signature.add(unit.getReturnType());
          signature.addAll(unit.getTypeParameters());
          signature.addAll(unit.getThrowsClause().getTypes());
          report(type, unit.getFullName(), signature, events);
        }
      }

      private void report(
          JavaClass owner, String where, Set<? extends JavaType> types, ConditionEvents events) {
        Set<String> internal =
            types.stream()
                .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                .filter(ArchitectureTest::isInternal)
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!internal.isEmpty()) {
          events.add(
              SimpleConditionEvent.violated(
                  owner, where + " exposes the internal type(s) " + internal));
        }
      }
    };
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
