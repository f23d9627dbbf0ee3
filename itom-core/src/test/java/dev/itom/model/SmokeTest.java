package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.templates.Templates;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void referenceModelBuilds() {
    OperatingModel model = Templates.referenceModel();
    assertThat(model.valueChains()).hasSize(2);
    assertThat(model.stage("r2v.build")).isPresent();
    assertThat(model.pathOf("o2c.quote")).contains("/valueChains/1/stages/1");
    System.out.println(model.elementCount());
  }
}
