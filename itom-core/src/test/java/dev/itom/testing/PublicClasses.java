package dev.itom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the public classes of a module by scanning where its classes were loaded from (a directory
 * or a jar), so a test over "every public class" covers new classes without being edited.
 */
public final class PublicClasses {
  private PublicClasses() {}

  /**
   * Returns every public top-level or public nested class (with public enclosing classes) in the
   * exported packages of the module of {@code anchor}, sorted by name.
   */
  public static List<Class<?>> of(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        names.addAll(classNames(location));
      } else {
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
          names.addAll(classNames(jar.getPath("/")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<Set<String>> exported = exportedPackages(location, anchor.getModule());
    List<Class<?>> out = new ArrayList<>();
    for (String name : names) {
      Class<?> type;
      try {
        type = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
        continue;
      }
      if (exported.isPresent() && !exported.get().contains(type.getPackageName())) {
        continue;
      }
      if (isPublic(type)) {
        out.add(type);
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  /**
   * Returns the packages that {@code module}, or the module whose classes are at {@code location},
   * exports to everyone, read from its descriptor: on the class path (where the mutation tests run)
   * every package would look exported. Empty if the classes are not a module.
   */
  private static Optional<Set<String>> exportedPackages(Path location, Module module) {
    Optional<ModuleDescriptor> descriptor =
        module.isNamed()
            ? Optional.of(module.getDescriptor())
            : ModuleFinder.of(location).findAll().stream()
                .findFirst()
                .map(ModuleReference::descriptor);
    return descriptor.map(
        d ->
            d.exports().stream()
                .filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()));
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".class"))
          .filter(
              name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toList());
    }
  }
}
