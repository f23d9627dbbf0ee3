package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.itom.model.OperatingModel;
import org.junit.jupiter.api.Test;

/** The service catalog in {@code itom/1}: options, service levels, alternatives, lead times. */
class CatalogFormatTest {

  private static final String DOC =
      """
      {
        "format" : "itom/1",
        "id" : "m",
        "name" : "M",
        "offerings" : [ {
          "id" : "collab",
          "name" : "Collaboration",
          "type" : "service",
          "lifecycle" : "active",
          "valueProposition" : "Data stays in the EU",
          "options" : [ {
            "id" : "collab.basic",
            "name" : "Basic",
            "properties" : {
              "tier" : "1"
            },
            "pricing" : {
              "model" : "per-user",
              "amount" : 4.00,
              "currency" : "EUR",
              "unit" : "user/month"
            },
            "leadTime" : "P5D",
            "serviceLevels" : [ {
              "name" : "availability",
              "target" : 99.50,
              "unit" : "%"
            } ]
          } ],
          "alternatives" : [ {
            "name" : "External SaaS",
            "description" : "Bought directly",
            "pricing" : {
              "model" : "per-user",
              "amount" : 6,
              "currency" : "EUR",
              "unit" : "user/month"
            }
          } ]
        } ]
      }
      """;

  @Test
  void aCatalogReadsAndWritesBackByteIdenticalInJsonAndYaml() {
    OperatingModel model = ItomJson.reader().read(DOC);
    assertThat(model.offerings().get(0).options().get(0).leadTime()).contains("P5D");
    String json = ItomJson.writer().writeToString(model);
    assertThat(ItomJson.reader().read(json)).isEqualTo(model);
    assertThat(ItomJson.writer().writeToString(ItomJson.reader().read(json))).isEqualTo(json);
    assertThat(json)
        .containsPattern("\"leadTime\" ?: ?\"P5D\"")
        .containsPattern("\"target\" ?: ?99.50");
    assertThat(json.indexOf("\"valueProposition\""))
        .isLessThan(json.indexOf("\"options\""))
        .isLessThan(json.indexOf("\"alternatives\""));
    String yaml = ItomYaml.writer().writeToString(model);
    assertThat(ItomYaml.reader().read(yaml)).isEqualTo(model);
    assertThat(ItomYaml.writer().writeToString(ItomYaml.reader().read(yaml))).isEqualTo(yaml);
    assertThat(yaml).containsPattern("leadTime: [\"']?P5D");
  }

  @Test
  void aServiceLevelTargetMustBeANumber() {
    ItomJsonException e =
        catchThrowableOfType(
            ItomJsonException.class,
            () -> ItomJson.reader().read(DOC.replace("99.50", "\"high\"")));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).pointer())
        .isEqualTo("/offerings/0/options/0/serviceLevels/0/target");
  }

  @Test
  void aBadLeadTimeIsAnInvariantViolationWithItsPointer() {
    ItomJsonException e =
        catchThrowableOfType(
            ItomJsonException.class, () -> ItomJson.reader().read(DOC.replace("P5D", "5 days")));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).code()).isEqualTo("bad-duration");
    assertThat(e.problems().get(0).pointer()).isEqualTo("/offerings/0/options/0/leadTime");
  }
}
