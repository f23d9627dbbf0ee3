package dev.itom.archimate;

import dev.itom.templates.Templates;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * One instance of every public class of {@code dev.itom.archimate}, for the null-rejection test.
 */
public final class ArchimateSamples {
  private ArchimateSamples() {}

  /**
   * Returns the samples.
   *
   * @return a writer, a reader, an import, a problem and an exception
   */
  public static List<Object> samples() {
    ArchimateWriter writer = ArchimateWriter.create();
    ArchimateReader reader = ArchimateReader.create();
    byte[] file = writer.write(Templates.referenceModel()).getBytes(StandardCharsets.UTF_8);
    ArchimateProblem problem = ArchimateProblem.of("x", 1, 2, "id-a", "a problem");
    return List.of(
        writer,
        reader,
        reader.read(file, "reference.xml"),
        problem,
        new ArchimateException("f.xml", List.of(problem)));
  }

  /**
   * Returns the value types whose equality {@code ArchimateReaderTest} tests.
   *
   * @return the types
   */
  public static Set<Class<?>> equalityTested() {
    return Set.of(ArchimateProblem.class);
  }
}
