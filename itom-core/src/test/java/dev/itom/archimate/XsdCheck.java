package dev.itom.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * Validates exchange files against the 3.1 schemas twice: with the JDK's {@code
 * javax.xml.validation} and with libxml2's {@code xmllint --schema}, a second, independent
 * validator. xmllint reads the schemas from a temporary copy, {@code xml.xsd} mapped to its local
 * copy through an XML catalog, with {@code --nonet}: nothing is fetched.
 */
final class XsdCheck {
  private XsdCheck() {}

  static final String XMLLINT = "xmllint";

  private static final String[] FILES = {
    "archimate3_Diagram.xsd", "archimate3_View.xsd", "archimate3_Model.xsd", "xml.xsd"
  };

  /** Fails with the validator's message, line and column if {@code xml} is not valid. */
  static void jdk(String xml) {
    Validator validator = Schemas.diagram().newValidator();
    try {
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      fail("not valid against the ArchiMate 3.1 schemas: " + e + "\n" + excerpt(xml, e));
    }
  }

  private static String excerpt(String xml, Exception e) {
    if (e instanceof org.xml.sax.SAXParseException p) {
      String[] lines = xml.split("\n", -1);
      int line = p.getLineNumber();
      if (line >= 1 && line <= lines.length) {
        return "line " + line + ": " + lines[line - 1];
      }
    }
    return "";
  }

  /** Whether xmllint is on the path; under {@code CI}, which installs it, fails if it is not. */
  static boolean xmllintPresent() {
    boolean present;
    try {
      Process p = new ProcessBuilder(XMLLINT, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      present = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      present = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      present = false;
    }
    if (!present && System.getenv("CI") != null) {
      fail("CI is set but " + XMLLINT + " is missing: install libxml2-utils");
    }
    assumeTrue(present, XMLLINT + " is not installed; the xmllint check is skipped outside CI");
    return present;
  }

  /** Validates every file with one run of xmllint; fails with its report unless all are valid. */
  static void xmllint(Path dir, List<String> documents) throws IOException, InterruptedException {
    Path schemas = Files.createDirectories(dir.resolve("xsd"));
    for (String file : FILES) {
      try (InputStream in = Schemas.class.getResourceAsStream(file)) {
        assertThat(in).as(file).isNotNull();
        Files.write(schemas.resolve(file), in.readAllBytes());
      }
    }
    Path catalog = schemas.resolve("catalog.xml");
    Files.writeString(
        catalog,
        "<?xml version=\"1.0\"?>\n"
            + "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n"
            + "  <system systemId=\"http://www.w3.org/2001/xml.xsd\" uri=\""
            + schemas.resolve("xml.xsd").toUri()
            + "\"/>\n"
            + "  <uri name=\"http://www.w3.org/2001/xml.xsd\" uri=\""
            + schemas.resolve("xml.xsd").toUri()
            + "\"/>\n"
            + "</catalog>\n",
        StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(XMLLINT);
    command.add("--nonet");
    command.add("--noout");
    command.add("--schema");
    command.add(schemas.resolve("archimate3_Diagram.xsd").toString());
    for (int i = 0; i < documents.size(); i++) {
      Path file = dir.resolve("export-" + i + ".xml");
      Files.writeString(file, documents.get(i), StandardCharsets.UTF_8);
      command.add(file.toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("XML_CATALOG_FILES", catalog.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("xmllint finished").isTrue();
    assertThat(process.exitValue()).as("xmllint: %s", output).isZero();
    assertThat(output.lines().filter(l -> l.endsWith(" validates")).count())
        .as(output)
        .isEqualTo(documents.size());
  }
}
