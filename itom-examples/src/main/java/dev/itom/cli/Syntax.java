package dev.itom.cli;

import dev.itom.archimate.ArchimateWriter;
import dev.itom.json.ItomJson;
import dev.itom.json.ItomJsonReader;
import dev.itom.json.ItomJsonWriter;
import dev.itom.json.ItomYaml;
import dev.itom.model.OperatingModel;
import java.nio.file.Path;
import java.util.Locale;

/** The two syntaxes of the itom/1 format, and the ArchiMate exchange format. */
enum Syntax {
  json,
  yaml,
  /** The ArchiMate Model Exchange File Format: written here, read by {@link ArchimateFiles}. */
  archimate;

  /** The itom/1 reader of this syntax; {@link ArchimateFiles} reads the exchange format. */
  ItomJsonReader reader(boolean lenient) {
    if (this == archimate) {
      throw new IllegalStateException("an ArchiMate file is read by ArchimateFiles");
    }
    ItomJsonReader reader = this == json ? ItomJson.reader() : ItomYaml.reader();
    return lenient ? reader.lenient() : reader;
  }

  private ItomJsonWriter writer() {
    return this == json ? ItomJson.writer() : ItomYaml.writer();
  }

  /** The model in this syntax. */
  String write(OperatingModel model) {
    return this == archimate
        ? ArchimateWriter.create().write(model)
        : writer().writeToString(model);
  }

  /** Chooses by file extension, then by content: a document that starts with '{' is JSON. */
  static Syntax of(Path file, byte[] content) {
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return json;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return yaml;
    }
    for (int i = 0; i < content.length; i++) {
      int b = content[i] & 0xff;
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xef || b == 0xbb || b == 0xbf) {
        continue;
      }
      return b == '{' ? json : yaml;
    }
    return json;
  }
}
