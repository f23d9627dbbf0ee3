package dev.itom.archimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The identity constraints of the 3.1 schemas ({@code xs:key}, {@code xs:unique}, {@code
 * xs:keyref}), checked in one pass with hash tables, in time linear in the file: the JDK's
 * validator keeps a key's values in a list and scans it for every new one. Every identifier that a
 * key selects is unique within its key; every reference names a concept of the kind the schema asks
 * for, in the scope the schema gives (the model, its views, or one diagram): an element, a
 * relationship, either of them, a property definition, a view, a viewpoint, or a node or connection
 * of the same diagram.
 *
 * <p>It receives the events of the validator's parse. A problem is a message with the line and
 * column of the reference or of the second identifier; the duplicate of an {@code xs:ID} anywhere
 * is already the validator's own error.
 */
final class References extends DefaultHandler {
  /** A kind of concept an identifier can name, as a bit. */
  private static final int ELEMENT = 1;

  private static final int RELATIONSHIP = 2;
  private static final int PROPERTY_DEFINITION = 4;
  private static final int ITEM = 8;
  private static final int STEREOTYPE = 16;
  private static final int VIEW = 32;
  private static final int VIEWPOINT = 64;
  private static final int NODE = 128;
  private static final int CONNECTION = 256;

  /** A problem of the file: where it is and what it says. */
  record Problem(int line, int column, String message) {}

  /** A reference, checked once the whole file is read. */
  private record Ref(
      String value, int kinds, int diagram, String constraint, int line, int column) {}

  private final List<Problem> problems = new ArrayList<>();
  private final List<Ref> refs = new ArrayList<>();
  private final Map<String, Integer> kinds = new HashMap<>();
  private final Map<String, Integer> diagramOf = new HashMap<>();
  private final List<String> path = new ArrayList<>();
  private @Nullable Locator locator;
  private int diagrams;
  private int diagram = -1;

  /** The problems found, in the order of the file. */
  List<Problem> problems() {
    return problems;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes attributes) {
    boolean ours = Mapping.NS.equals(uri);
    String step = ours ? local : "{" + uri + "}" + local;
    path.add(step);
    int depth = path.size();
    if (depth == 1) {
      return;
    }
    boolean inViews = depth > 2 && path.get(1).equals("views");
    if (depth == 4 && inViews && path.get(2).equals("diagrams") && step.equals("view")) {
      diagram = diagrams++;
    }
    String identifier = value(attributes, "identifier");
    if (identifier != null && ours) {
      key(identifier, keyKind(step, depth, inViews));
    }
    if (!ours) {
      return;
    }
    String ref = value(attributes, "ref");
    if (ref != null) {
      reference(ref, refKind(step, inViews), step);
    }
    for (String attribute : REF_ATTRIBUTES) {
      String v = value(attributes, attribute);
      if (v != null) {
        reference(v, refKind(attribute, inViews), attribute);
      }
    }
    if (step.equals("relationship") || (step.equals("connection") && diagram >= 0)) {
      for (String end : new String[] {"source", "target"}) {
        String v = value(attributes, end);
        if (v != null) {
          reference(
              v,
              step.equals("relationship") ? ELEMENT | RELATIONSHIP : NODE | CONNECTION,
              step + "@" + end);
        }
      }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    path.remove(path.size() - 1);
    if (path.size() == 3 && diagram >= 0) {
      diagram = -1;
    }
  }

  @Override
  public void endDocument() {
    for (Ref r : refs) {
      Integer kind = kinds.get(r.value());
      boolean found =
          kind != null
              && (kind & r.kinds()) != 0
              && ((r.kinds() & (NODE | CONNECTION)) == 0
                  || Integer.valueOf(r.diagram()).equals(diagramOf.get(r.value())));
      if (!found) {
        problems.add(
            new Problem(
                r.line(),
                r.column(),
                "the reference '"
                    + r.value()
                    + "' ("
                    + r.constraint()
                    + ") names no "
                    + describe(r.kinds())
                    + ": refer to the identifier of one"));
      }
    }
  }

  /** The attributes, besides {@code ref}, that refer to a concept. */
  private static final String[] REF_ATTRIBUTES = {
    "propertyDefinitionRef",
    "elementRef",
    "relationshipRef",
    "conceptRef",
    "stereotypeRef",
    "viewRef",
    "viewpointRef",
    "nodeRef",
    "connectionRef",
    "viewConceptRef"
  };

  /** Which key an identifier belongs to, by where its element is; 0 for none. */
  private int keyKind(String step, int depth, boolean inViews) {
    String parent = path.get(depth - 2);
    return switch (step) {
      case "element" -> depth == 3 && parent.equals("elements") ? ELEMENT : 0;
      case "relationship" -> depth == 3 && parent.equals("relationships") ? RELATIONSHIP : 0;
      case "propertyDefinition" -> PROPERTY_DEFINITION;
      case "item" -> ITEM;
      case "stereotype" ->
          depth == 4 && path.get(1).equals("{}extensions") && parent.equals("{}stereotypes")
              ? STEREOTYPE
              : 0;
      case "view" -> inViews ? VIEW : 0;
      case "viewpoint" -> inViews && depth == 4 && parent.equals("viewpoints") ? VIEWPOINT : 0;
      case "node" -> diagram >= 0 ? NODE : 0;
      case "connection" -> diagram >= 0 ? CONNECTION : 0;
      default -> 0;
    };
  }

  /** The kinds a reference may name, by its element or attribute; 0 if the schema checks none. */
  private int refKind(String name, boolean inViews) {
    return switch (name) {
      case "propertyDefinitionRef" -> PROPERTY_DEFINITION;
      case "elementRef" -> ELEMENT;
      case "relationshipRef" -> RELATIONSHIP;
      case "conceptRef" -> ELEMENT | RELATIONSHIP;
      case "stereotypeRef" -> STEREOTYPE;
      case "viewRef" -> inViews ? VIEW : 0;
      case "viewpointRef" -> inViews ? VIEWPOINT : 0;
      case "nodeRef" -> diagram >= 0 ? NODE : 0;
      case "connectionRef" -> diagram >= 0 ? CONNECTION : 0;
      case "viewConceptRef" -> diagram >= 0 ? NODE | CONNECTION : 0;
      default -> 0;
    };
  }

  private void key(String identifier, int kind) {
    if (kind == 0) {
      return;
    }
    Integer before = kinds.get(identifier);
    if (before != null && (before & kind) != 0) {
      problems.add(
          new Problem(
              line(),
              column(),
              "the identifier '"
                  + identifier
                  + "' of this "
                  + describe(kind)
                  + " is taken by another one: give each a unique identifier"));
    }
    kinds.put(identifier, (before == null ? 0 : before) | kind);
    if (kind == NODE || kind == CONNECTION) {
      diagramOf.putIfAbsent(identifier, diagram);
    }
  }

  private void reference(String value, int kind, String constraint) {
    if (kind != 0) {
      refs.add(new Ref(value, kind, diagram, constraint, line(), column()));
    }
  }

  private static String describe(int kinds) {
    return switch (kinds) {
      case ELEMENT -> "element of the model";
      case RELATIONSHIP -> "relationship of the model";
      case ELEMENT | RELATIONSHIP -> "element or relationship of the model";
      case PROPERTY_DEFINITION -> "property definition";
      case ITEM -> "organization item";
      case STEREOTYPE -> "stereotype";
      case VIEW -> "view";
      case VIEWPOINT -> "viewpoint";
      case NODE -> "node of this diagram";
      case CONNECTION -> "connection of this diagram";
      default -> "node or connection of this diagram";
    };
  }

  /** An attribute's value without the white space an {@code xs:ID} or IDREF drops; null if none. */
  private static @Nullable String value(Attributes attributes, String name) {
    String v = attributes.getValue("", name);
    return v == null ? null : v.strip();
  }

  private int line() {
    Locator at = locator;
    return at == null ? 0 : at.getLineNumber();
  }

  private int column() {
    Locator at = locator;
    return at == null ? 0 : at.getColumnNumber();
  }
}
