package dev.itom.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.itom.internal.Texts;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import dev.itom.testing.SampleModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes mutated {@code itom/1} documents for the reader's fuzz tests: from a fixed corpus of valid
 * documents (random models, sized models, the reference model), one seed gives one mutated
 * document, so a failure is replayed from its seed alone.
 */
final class Mutator {
  /** One mutated document: the bytes, whether it is YAML, and how it was made. */
  record Mutant(long seed, byte[] bytes, boolean yaml, String how) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final int CORPUS_SIZE = 120;
  private static final List<byte[]> JSON = new ArrayList<>();
  private static final List<JsonNode> TREES = new ArrayList<>();
  private static final List<byte[]> YAML = new ArrayList<>();

  static {
    List<OperatingModel> models = new ArrayList<>();
    models.add(Templates.referenceModel());
    models.add(SampleModels.sized(60, 1));
    for (long seed = 0; models.size() < CORPUS_SIZE; seed++) {
      models.add(SampleModels.random(seed));
    }
    for (OperatingModel model : models) {
      byte[] json = ItomJson.writer().writeToBytes(model);
      JSON.add(json);
      try {
        TREES.add(MAPPER.readTree(json));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      YAML.add(ItomYaml.writer().writeToString(model).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static final byte[][] BAD_UTF8 = {
    {(byte) 0xFF},
    {(byte) 0xC3, 0x28},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0x80},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
  };

  private static final String[] HUGE_NUMBERS = {
    "1E+2147483647",
    "1e-2147483648",
    "-1E+999999999",
    "1e400",
    "-0",
    "0.0000000000000000000000000001",
    "123456789012345678901234567890123456789012345678901234567890",
    "9223372036854775808",
    "-9223372036854775809",
    "1.7976931348623157E309",
    "4.9E-325",
    "1" + "0".repeat(5_000),
    "0." + "1".repeat(2_000),
    "1E+1000",
    "99999999999999999999e99999999999999999999"
  };

  private Mutator() {}

  /** Returns the one document of a seed: mostly JSON, one in ten YAML. */
  static Mutant mutate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int base = random.nextInt(JSON.size());
    if (random.nextInt(10) == 0) {
      byte[] yaml = YAML.get(base);
      int kind = random.nextInt(4);
      return new Mutant(
          seed, bytes(yaml, kind, random), true, "YAML #" + base + ", " + bytesHow(kind));
    }
    int kind = random.nextInt(12);
    if (kind < 5) {
      return new Mutant(
          seed,
          bytes(JSON.get(base), kind, random),
          false,
          "JSON #" + base + ", " + bytesHow(kind));
    }
    JsonNode tree = TREES.get(base).deepCopy();
    switch (kind) {
      case 5:
        return new Mutant(
            seed, deleteField(tree, random), false, "JSON #" + base + ", deleted field");
      case 6:
        return new Mutant(
            seed, duplicateField(tree, random), false, "JSON #" + base + ", duplicated field");
      case 7:
        return new Mutant(
            seed,
            replaceValue(tree, random, otherType(random)),
            false,
            "JSON #" + base + ", swapped type");
      case 8:
        return new Mutant(
            seed,
            replaceValue(tree, random, HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)]),
            false,
            "JSON #" + base + ", huge number");
      case 9:
        return new Mutant(
            seed,
            replaceValue(tree, random, deep(random)),
            false,
            "JSON #" + base + ", deep nesting");
      case 10:
        return new Mutant(
            seed,
            replaceValue(tree, random, otherString(random)),
            false,
            "JSON #" + base + ", odd string");
      default:
        // two mutations on top of each other
        byte[] once = deleteField(tree, random);
        return new Mutant(
            seed,
            bytes(once, random.nextInt(5), random),
            false,
            "JSON #" + base + ", deleted field and bytes");
    }
  }

  private static String bytesHow(int kind) {
    return new String[] {
          "flipped bits", "truncated", "invalid UTF-8", "spliced", "inserted punctuation"
        }
        [kind];
  }

  private static byte[] bytes(byte[] original, int kind, SplittableRandom random) {
    byte[] out = original.clone();
    switch (kind) {
      case 0:
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
          int at = random.nextInt(out.length);
          out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
      case 1:
        return Arrays.copyOf(out, random.nextInt(out.length));
      case 2:
        {
          byte[] bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
          int at = random.nextInt(out.length + 1);
          // replace or insert, inside a string or anywhere
          boolean replace = random.nextBoolean() && at + bad.length <= out.length;
          ByteArrayOutputStream result = new ByteArrayOutputStream(out.length + bad.length);
          result.write(out, 0, at);
          result.write(bad, 0, bad.length);
          int resume = replace ? at + bad.length : at;
          result.write(out, resume, out.length - resume);
          return result.toByteArray();
        }
      case 3:
        {
          byte[] other = JSON.get(random.nextInt(JSON.size()));
          int cut = random.nextInt(out.length);
          int from = random.nextInt(other.length);
          byte[] result = Arrays.copyOf(out, cut + other.length - from);
          System.arraycopy(other, from, result, cut, other.length - from);
          return result;
        }
      default:
        {
          byte[] punctuation = "{}[],:\"\\-#&*!|>'%@`\n\t ".getBytes(StandardCharsets.US_ASCII);
          int at = random.nextInt(out.length + 1);
          byte[] result = new byte[out.length + 1];
          System.arraycopy(out, 0, result, 0, at);
          result[at] = punctuation[random.nextInt(punctuation.length)];
          System.arraycopy(out, at, result, at + 1, out.length - at);
          return result;
        }
    }
  }

  /** Every object node of the tree, the root first. */
  private static List<ObjectNode> objects(JsonNode tree) {
    List<ObjectNode> out = new ArrayList<>();
    collect(tree, out);
    return out;
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode) {
      out.add((ObjectNode) node);
    }
    for (JsonNode child : node) {
      collect(child, out);
    }
  }

  private static byte[] deleteField(JsonNode tree, SplittableRandom random) {
    List<ObjectNode> objects = objects(tree);
    ObjectNode object = objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    object.properties().forEach(e -> names.add(e.getKey()));
    if (!names.isEmpty()) {
      object.remove(names.get(random.nextInt(names.size())));
    }
    return write(tree, null, null);
  }

  private static byte[] duplicateField(JsonNode tree, SplittableRandom random) {
    List<ObjectNode> objects = objects(tree);
    ObjectNode object = objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    object.properties().forEach(e -> names.add(e.getKey()));
    return write(tree, object, names.isEmpty() ? null : names.get(random.nextInt(names.size())));
  }

  /** Replaces a random value (a field's value or an array element) by raw JSON. */
  private static byte[] replaceValue(JsonNode tree, SplittableRandom random, String rawJson) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(tree, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    String marker = "\u0001marker\u0001";
    if (container instanceof ObjectNode && container.size() > 0) {
      List<String> names = new ArrayList<>();
      container.properties().forEach(e -> names.add(e.getKey()));
      ((ObjectNode) container).put(names.get(random.nextInt(names.size())), marker);
    } else if (container instanceof ArrayNode && container.size() > 0) {
      ((ArrayNode) container).set(random.nextInt(container.size()), marker);
    } else {
      return write(tree, null, null);
    }
    String text = new String(write(tree, null, null), StandardCharsets.UTF_8);
    return text.replace("\"\\u0001marker\\u0001\"", rawJson).getBytes(StandardCharsets.UTF_8);
  }

  private static void collectContainers(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
    }
    for (JsonNode child : node) {
      collectContainers(child, out);
    }
  }

  private static String otherType(SplittableRandom random) {
    String[] values = {
      "null",
      "true",
      "false",
      "0",
      "-1",
      "3.14",
      "\"text\"",
      "\"\"",
      "[]",
      "{}",
      "[\"a\"]",
      "{\"id\":\"x\",\"name\":\"X\"}",
      "[null]",
      "\"itom/1\"",
      "\"governing\""
    };
    return values[random.nextInt(values.length)];
  }

  private static String otherString(SplittableRandom random) {
    String[] values = {
      "\"\\uD800\"",
      "\"\\uDC00x\"",
      "\"\\u0000\"",
      "\"" + "x".repeat(200) + "\"",
      "\"a b\"",
      "\"\\/\"",
      "\"\\ud83d\\ude80\"",
      "\"0\"",
      "\"-\"",
      "\"ITOM-R01\"",
      "\"\u2028\"",
      "\"" + "é".repeat(100) + "\""
    };
    int pick = random.nextInt(values.length + 1);
    return pick < values.length ? values[pick] : blank(random);
  }

  /** Every white space character, which alone makes a blank text. */
  private static final int[] SPACES =
      java.util.stream.IntStream.rangeClosed(0, 0xFFFF).filter(Texts::isSpace).toArray();

  /** A blank JSON string: one to three white space characters, escaped or raw. */
  private static String blank(SplittableRandom random) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      int c = SPACES[random.nextInt(SPACES.length)];
      out.append(c < 0x20 || random.nextBoolean() ? String.format("\\u%04x", c) : (char) c);
    }
    return out.append('"').toString();
  }

  private static String deep(SplittableRandom random) {
    int depth = random.nextInt(3) == 0 ? 1 + random.nextInt(80) : 100 + random.nextInt(20_000);
    if (random.nextBoolean()) {
      return "[".repeat(depth) + "]".repeat(depth);
    }
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  /** Writes the tree compactly, writing one field of one object twice. */
  private static byte[] write(JsonNode tree, ObjectNode twiceIn, String twice) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, tree, twiceIn, twice);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, JsonNode node, ObjectNode twiceIn, String twice)
      throws IOException {
    if (node.isObject()) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        int times = node == twiceIn && field.getKey().equals(twice) ? 2 : 1;
        for (int i = 0; i < times; i++) {
          g.writeFieldName(field.getKey());
          write(g, field.getValue(), twiceIn, twice);
        }
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode child : node) {
        write(g, child, twiceIn, twice);
      }
      g.writeEndArray();
    } else {
      MAPPER.writeTree(g, node);
    }
  }

  /** The bytes as Java-like text: printable ASCII as is, everything else escaped. */
  static String escaped(byte[] bytes, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bytes.length && out.length() < max; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\\') {
        out.append("\\\\");
      } else if (b == '\n') {
        out.append("\\n");
      } else if (b >= 0x20 && b < 0x7F) {
        out.append((char) b);
      } else {
        out.append(String.format("\\x%02X", b));
      }
    }
    if (out.length() >= max) {
      out.append("... (").append(bytes.length).append(" bytes)");
    }
    return out.toString();
  }
}
