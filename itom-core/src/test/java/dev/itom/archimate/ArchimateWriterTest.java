package dev.itom.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import dev.itom.testing.SampleModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchimateWriterTest {
  private static final ArchimateWriter WRITER = ArchimateWriter.create();

  private static final Pattern IDENTIFIER = Pattern.compile(" identifier=\"([^\"]*)\"");

  /** Every template, a sample at scale and random models of every shape. */
  static List<OperatingModel> models() {
    List<OperatingModel> models = new ArrayList<>();
    for (String name : Templates.names()) {
      models.add(Templates.byName(name).orElseThrow());
    }
    models.add(Templates.referenceModel());
    models.add(SampleModels.sized(300, 7));
    for (long seed = 0; seed < 150; seed++) {
      models.add(SampleModels.random(seed));
    }
    return models;
  }

  @Test
  void everyExportIsValidAgainstTheSchemasOfBothValidators(@TempDir Path dir) throws Exception {
    List<String> documents = new ArrayList<>();
    for (OperatingModel model : models()) {
      String xml = WRITER.write(model);
      XsdCheck.jdk(xml);
      documents.add(xml);
    }
    if (XsdCheck.xmllintPresent()) {
      XsdCheck.xmllint(dir, documents);
    }
  }

  @Test
  void twoExportsOfOneModelAreByteIdentical() {
    for (OperatingModel model : models()) {
      OperatingModel copy = model.toBuilder().build();
      assertThat(WRITER.write(copy)).isEqualTo(WRITER.write(model));
    }
  }

  @Test
  void identifiersAreNcNamesDerivedFromItomIdsAndUnique() {
    for (OperatingModel model : models()) {
      String xml = WRITER.write(model);
      Matcher m = IDENTIFIER.matcher(xml);
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (m.find()) {
        String id = m.group(1);
        assertThat(id).matches("[A-Za-z][A-Za-z0-9._-]*");
        assertThat(seen.add(id)).as("unique %s", id).isTrue();
      }
    }
    String xml = WRITER.write(Templates.referenceModel());
    Templates.referenceModel()
        .roles()
        .forEach(
            r -> assertThat(xml).contains("identifier=\"" + Mapping.identifier("id-", r.id())));
  }

  @Test
  void anIdStartingWithADigitOrHoldingAColonBecomesAnNcName() {
    assertThat(Mapping.identifier("id-", "2fa:login_x")).isEqualTo("id-2fa_3a_login_5f_x");
    assertThat(Mapping.identifier("id-", "a.b-c")).isEqualTo("id-a.b-c");
  }

  @Test
  void namesAndDocumentationCarryTheLanguage() {
    String xml = WRITER.withLanguage("de").write(Templates.referenceModel());
    assertThat(xml).contains("<name xml:lang=\"de\">").doesNotContain("<name>");
    assertThat(xml).contains("<documentation xml:lang=\"de\">");
    assertThatIllegalArgumentException().isThrownBy(() -> WRITER.withLanguage("not a tag"));
    assertThatNullPointerException().isThrownBy(() -> WRITER.write(null));
  }

  @Test
  void theReferenceModelExportsAsItsGoldenFile() throws Exception {
    Path golden = Path.of("src", "test", "resources", "archimate", "reference.xml");
    String xml = WRITER.write(Templates.referenceModel());
    if (Boolean.getBoolean("itom.golden.update")) {
      Files.writeString(golden, xml, StandardCharsets.UTF_8);
    }
    assertThat(xml).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
