package dev.itom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.archimate.ArchimateReader;
import dev.itom.json.ItomJson;
import dev.itom.templates.Templates;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ArchiMate exchange format on the command line, run in-process. */
class ArchimateCliTest {
  @TempDir Path dir;

  private Path reference() throws Exception {
    Path file = dir.resolve("model.json");
    Files.writeString(file, ItomJson.writer().writeToString(Templates.referenceModel()));
    return file;
  }

  private Path foreign() throws Exception {
    Path file = dir.resolve("foreign.xml");
    try (InputStream in = getClass().getResourceAsStream("/archimate/foreign.xml")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void convertToArchimateAndBackGivesTheSameJson() throws Exception {
    Path xml = dir.resolve("model.xml");
    ItomCliTest.Run export =
        ItomCliTest.run(
            "convert", reference().toString(), "--to", "archimate", "-o", xml.toString());
    assertThat(export.code()).isZero();
    assertThat(export.err()).isEmpty();
    assertThat(ArchimateReader.create().read(xml).model()).isEqualTo(Templates.referenceModel());

    ItomCliTest.Run back = ItomCliTest.run("convert", xml.toString(), "--to", "json");
    assertThat(back.code()).isZero();
    assertThat(back.out()).isEqualTo(ItomJson.writer().writeToString(Templates.referenceModel()));
    assertThat(ItomCliTest.run("convert", xml.toString(), "--to", "yaml").code()).isZero();
  }

  @Test
  void anExchangeFileIsRecognizedByItsRootElementToo() throws Exception {
    Path xml = dir.resolve("model.exchange");
    ItomCliTest.run("convert", reference().toString(), "--to", "archimate", "-o", xml.toString());
    assertThat(ItomCliTest.run("validate", xml.toString()).code()).isZero();
    ItomCliTest.Run svg = ItomCliTest.run("render", xml.toString(), "--as", "svg");
    assertThat(svg.code()).isZero();
    assertThat(svg.out()).contains("<svg").contains("ACME IT operating model");
  }

  @Test
  void aForeignFileWarnsAboutWhatItLeavesOutAndStrictRefusesIt() throws Exception {
    Path file = foreign();
    ItomCliTest.Run lax = ItomCliTest.run("convert", file.toString(), "--to", "json");
    assertThat(lax.code()).isZero();
    assertThat(lax.err())
        .contains(file + ":")
        .contains("app-crm: warning: ApplicationComponent \"CRM\" is not imported");
    assertThat(lax.out()).contains("\"Clerk\"");

    ItomCliTest.Run strict = ItomCliTest.run("convert", file.toString(), "--strict");
    assertThat(strict.code()).isEqualTo(ItomCli.UNREADABLE);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).contains("app-crm: ApplicationComponent").doesNotContain("\tat ");
  }

  @Test
  void aHostileFileExitsTwoWithItsLineAndNoStackTrace() throws Exception {
    Path file = dir.resolve("xxe.xml");
    Files.writeString(
        file,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\">&x;</model>\n",
        StandardCharsets.UTF_8);
    ItomCliTest.Run run = ItomCliTest.run("validate", file.toString());
    assertThat(run.code()).isEqualTo(ItomCli.UNREADABLE);
    assertThat(run.err()).contains(file + ":2:").contains("DTD").doesNotContain("root:");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
