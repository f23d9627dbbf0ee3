package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.diff.ModelDiff;
import dev.itom.diff.ModelMerge;
import dev.itom.model.OperatingModel;
import dev.itom.testing.RandomEdits;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Diffs, merges, conflicts and changes through the mappers of both Jackson lines: written as {@code
 * itom-diff/1} writes them, diffs read back equal, and read strictly whatever the mapper's
 * settings.
 */
class DiffMapperTest {
  private static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new ItomModule());

  /** As Spring Boot configures it: unknown properties are ignored. */
  private static final ObjectMapper LENIENT2 =
      new ObjectMapper()
          .registerModule(new ItomModule())
          .disable(
              com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Jackson 3's default, and Spring Boot 4's: unknown properties are ignored. */
  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new ItomJackson3Module()).build();

  private static final String UNKNOWN_FIELD =
      "{\"format\":\"itom-diff/1\",\"changes\":[{\"op\":\"change\",\"path\":\"/name\","
          + "\"beforePath\":\"/name\",\"field\":\"name\",\"old\":\"a\",\"new\":\"b\",\"colour\":1}]}";

  /** A user's own value that holds a diff. */
  public record Review(String title, ModelDiff diff) {}

  /** A user's own value that holds a merge, written only. */
  public record MergeReport(String title, ModelMerge merge) {}

  @Test
  void diffsAreWrittenAsTheirDocumentAndReadBackThroughBothLines() throws Exception {
    for (long seed = 0; seed < 40; seed++) {
      OperatingModel a = RandomEdits.model(seed);
      ModelDiff diff = ModelDiff.between(a, RandomEdits.edit(a, seed * 31 + 7));
      String pretty = JACKSON2.writerWithDefaultPrettyPrinter().writeValueAsString(diff);
      assertThat(pretty + "\n").as("seed %s", seed).isEqualTo(DiffJson.write(diff));
      String compact = JACKSON2.writeValueAsString(diff);
      assertThat(JACKSON3.writeValueAsString(diff)).as("seed %s", seed).isEqualTo(compact);
      assertThat(JACKSON2.readValue(compact, ModelDiff.class)).as("seed %s", seed).isEqualTo(diff);
      assertThat(JACKSON3.readValue(compact, ModelDiff.class)).as("seed %s", seed).isEqualTo(diff);
      assertThat(JACKSON3.readValue(DiffJson.write(diff), ModelDiff.class)).isEqualTo(diff);

      Review review = new Review("r", diff);
      String nested = JACKSON3.writeValueAsString(review);
      assertThat(nested).isEqualTo("{\"title\":\"r\",\"diff\":" + compact + "}");
      assertThat(JACKSON2.writeValueAsString(review)).isEqualTo(nested);
      assertThat(JACKSON3.readValue(nested, Review.class)).isEqualTo(review);
      assertThat(JACKSON2.readValue(nested, Review.class)).isEqualTo(review);
      if (!diff.changes().isEmpty()) {
        assertThat(JACKSON3.writeValueAsString(diff.changes()))
            .isEqualTo(JACKSON2.writeValueAsString(diff.changes()))
            .isEqualTo(lastMember(compact, "changes"));
      }
    }
  }

  @Test
  void mergesAndTheirConflictsAreWrittenAsTheirDocumentThroughBothLines() throws Exception {
    int conflicts = 0;
    for (long seed = 0; seed < 40; seed++) {
      OperatingModel base = RandomEdits.model(seed);
      ModelMerge merge =
          ModelMerge.of(
              base, RandomEdits.edit(base, seed * 31 + 1), RandomEdits.edit(base, seed * 31 + 2));
      String pretty = JACKSON2.writerWithDefaultPrettyPrinter().writeValueAsString(merge);
      assertThat(pretty + "\n").as("seed %s", seed).isEqualTo(DiffJson.write(merge));
      String compact = JACKSON2.writeValueAsString(merge);
      assertThat(JACKSON3.writeValueAsString(merge)).isEqualTo(compact);
      assertThat(JACKSON3.writeValueAsString(new MergeReport("m", merge)))
          .isEqualTo("{\"title\":\"m\",\"merge\":" + compact + "}");
      if (!merge.conflicts().isEmpty()) {
        assertThat(JACKSON3.writeValueAsString(merge.conflicts()))
            .isEqualTo(JACKSON2.writeValueAsString(merge.conflicts()))
            .isEqualTo(lastMember(compact, "conflicts"));
      }
      conflicts += merge.conflicts().size();
    }
    assertThat(conflicts).as("the random merges have conflicts to write").isPositive();
  }

  @Test
  void aDiffIsReadStrictlyWhateverTheMappersSettings() {
    assertThat(JACKSON3.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    DatabindException viaJackson3 =
        catchThrowableOfType(
            DatabindException.class,
            () ->
                JACKSON3.readValue(
                    "{\"title\":\"r\",\"diff\":" + UNKNOWN_FIELD + "}", Review.class));
    assertThat(viaJackson3.getCause())
        .isInstanceOfSatisfying(
            DiffJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/changes/0/colour"));
    JsonMappingException viaJackson2 =
        catchThrowableOfType(
            JsonMappingException.class, () -> LENIENT2.readValue(UNKNOWN_FIELD, ModelDiff.class));
    assertThat(viaJackson2.getCause())
        .isInstanceOfSatisfying(
            DiffJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/changes/0/colour"));
  }

  @Test
  void brokenJsonInADiffFailsWithTheMappersOwnException() {
    String broken = "{\"format\":\"itom-diff/1\",\"changes\":[}";
    assertThat(
            catchThrowableOfType(
                tools.jackson.core.JacksonException.class,
                () -> JACKSON3.readValue(broken, ModelDiff.class)))
        .isInstanceOf(tools.jackson.core.exc.StreamReadException.class)
        .hasMessageContaining("Unexpected close marker");
    assertThat(
            catchThrowableOfType(
                com.fasterxml.jackson.core.JsonProcessingException.class,
                () -> JACKSON2.readValue(broken, ModelDiff.class)))
        .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
  }

  /** Returns the value of the last member of a compact object, which is named {@code name}. */
  private static String lastMember(String compact, String name) {
    String key = "\"" + name + "\":";
    return compact.substring(compact.indexOf(key) + key.length(), compact.length() - 1);
  }
}
