package dev.itom.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small RFC 6902 JSON Patch applier for the tests, written from the RFC and independent of itom's
 * code (and of the Jackson version itom uses): add, remove, replace, move, copy and test, with RFC
 * 6901 pointers. A failing operation throws {@link IllegalStateException} naming it.
 */
final class Rfc6902 {
  private Rfc6902() {}

  static JsonNode apply(JsonNode document, JsonNode patch) {
    JsonNode doc = document.deepCopy();
    for (int i = 0; i < patch.size(); i++) {
      JsonNode op = patch.get(i);
      String path = op.get("path").stringValue();
      try {
        switch (op.get("op").stringValue()) {
          case "add" -> doc = add(doc, path, op.get("value").deepCopy());
          case "remove" -> remove(doc, path);
          case "replace" -> {
            remove(doc, path);
            doc = add(doc, path, op.get("value").deepCopy());
          }
          case "move" -> {
            String from = op.get("from").stringValue();
            if (path.startsWith(from + "/")) {
              throw new IllegalStateException("move into itself");
            }
            JsonNode value = get(doc, from);
            remove(doc, from);
            doc = add(doc, path, value);
          }
          case "copy" -> doc = add(doc, path, get(doc, op.get("from").stringValue()).deepCopy());
          case "test" -> {
            if (!equal(get(doc, path), op.get("value"))) {
              throw new IllegalStateException("test failed");
            }
          }
          default -> throw new IllegalStateException("unknown op");
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("operation " + i + " " + op + ": " + e.getMessage(), e);
      }
    }
    return doc;
  }

  /** JSON equality as RFC 6902 defines it for test: numbers by value, objects unordered. */
  static boolean equal(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (String name : a.propertyNames()) {
        if (!b.has(name) || !equal(a.get(name), b.get(name))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalStateException("not a pointer: " + pointer);
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      tokens.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static JsonNode get(JsonNode doc, String pointer) {
    JsonNode node = doc;
    for (String token : tokens(pointer)) {
      node = child(node, token);
    }
    return node;
  }

  private static JsonNode child(JsonNode node, String token) {
    JsonNode next;
    if (node.isArray()) {
      next = node.get(index(token, node.size() - 1));
    } else if (node.isObject()) {
      next = node.get(token);
    } else {
      next = null;
    }
    if (next == null) {
      throw new IllegalStateException("no " + token);
    }
    return next;
  }

  private static int index(String token, int max) {
    if (!token.matches("0|[1-9][0-9]*")) {
      throw new IllegalStateException("not an index: " + token);
    }
    int index = Integer.parseInt(token);
    if (index > max) {
      throw new IllegalStateException("index out of range: " + token);
    }
    return index;
  }

  private static JsonNode add(JsonNode doc, String pointer, JsonNode value) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      return value;
    }
    JsonNode parent = get(doc, pointer.substring(0, pointer.lastIndexOf('/')));
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof ArrayNode array) {
      if (last.equals("-")) {
        array.add(value);
      } else {
        array.insert(index(last, array.size()), value);
      }
    } else if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else {
      throw new IllegalStateException("cannot add into a scalar");
    }
    return doc;
  }

  private static void remove(JsonNode doc, String pointer) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      throw new IllegalStateException("cannot remove the root");
    }
    JsonNode parent = get(doc, pointer.substring(0, pointer.lastIndexOf('/')));
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof ArrayNode array) {
      array.remove(index(last, array.size() - 1));
    } else if (parent instanceof ObjectNode object && object.has(last)) {
      object.remove(last);
    } else {
      throw new IllegalStateException("nothing to remove at " + pointer);
    }
  }
}
