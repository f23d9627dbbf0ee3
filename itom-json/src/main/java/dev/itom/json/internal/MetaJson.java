package dev.itom.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The Jackson 2 databind trees of JSON Patches ({@link PatchBuilder}): the canonical {@code itom/1}
 * JSON of a model read as a tree that keeps every decimal's scale, and a patch written as
 * pretty-printed text. Only JSON Patch needs Jackson 2 databind; the diff documents are written and
 * read with the streaming API ({@link DiffDocument}).
 */
public final class MetaJson {
  /** Nodes that keep a decimal's scale, as the canonical writer does. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Reads trees with decimals as they are written, and writes them indented. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setNodeFactory(NODES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private MetaJson() {}

  /**
   * Returns a tree as pretty-printed JSON ending with a line break.
   *
   * @param node the tree
   * @return the text
   */
  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
