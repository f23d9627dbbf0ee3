package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A YAML parser that refuses aliases. Jackson's YAML parser does not resolve an alias ({@code
 * *name}): it reports it as a string holding the alias's label, so that {@code description: *n}
 * would read as the text {@code "n"}, a model other than the one written. Every token, also those
 * of skipped values, passes through {@link #nextToken()}, which throws {@link Alias} at the first
 * alias. An anchor ({@code &name}) only names the value it stands on, which is read as written.
 * Loaded only for YAML parsers, so that JSON reading needs no YAML classes.
 */
final class YamlTokens extends JsonParserDelegate {
  private final YAMLParser yaml;

  private YamlTokens(YAMLParser yaml) {
    super(yaml);
    this.yaml = yaml;
  }

  /**
   * Returns the parser that refuses aliases over a YAML parser, or the parser itself. An empty
   * plain value ({@code version:} with nothing after it) is read as what YAML says it is, null, not
   * as an empty string, whatever the factory's setting: the reader then says it has no value.
   */
  static JsonParser wrap(JsonParser parser) {
    if (!(parser instanceof YAMLParser yaml)) {
      return parser;
    }
    yaml.enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL);
    return new YamlTokens(yaml);
  }

  /** Thrown at the first alias of a document. */
  static final class Alias extends JsonParseException {
    private static final long serialVersionUID = 1L;

    Alias(JsonParser parser, String label) {
      super(
          parser,
          "the alias *"
              + label
              + " is not read: itom reads no YAML aliases (*name) or merge keys (<<: *name), and an"
              + " anchor (&name) only marks the value it stands on; write the value out in full"
              + " where the alias stands",
          parser.currentTokenLocation());
    }
  }

  @Override
  public @Nullable JsonToken nextToken() throws IOException {
    JsonToken token = yaml.nextToken();
    if (token != null && yaml.isCurrentAlias()) {
      throw new Alias(yaml, yaml.getText());
    }
    return token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
