package dev.itom.archimate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an exchange file with StAX into plain records, every concept with its line and column. A
 * DTD is refused as soon as it appears (so no entity is ever declared, let alone expanded, and no
 * file or URL read), and so is nesting deeper than the limit. Anything the reader does not need
 * (organizations, view contents, extensions) is skipped.
 */
final class Parser {
  /** A text in one language. */
  record Lang(String lang, String text) {}

  /** A property: its definition's identifier and its values. */
  record Prop(String ref, List<Lang> values) {}

  /** An element, relationship, view or the model itself, where it starts in the file. */
  record Concept(
      String identifier,
      String type,
      List<Lang> names,
      List<Lang> docs,
      List<Prop> props,
      Map<String, String> attributes,
      int line,
      int column) {}

  /** The file. */
  record Doc(
      Concept model,
      List<Concept> elements,
      List<Concept> relationships,
      List<Concept> views,
      Map<String, String> definitions) {}

  /** A problem that stops the read. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient ArchimateProblem problem;

    Failure(ArchimateProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private final int maxDepth;
  private @Nullable XMLStreamReader in;
  private int depth;
  private boolean pending;
  private boolean ended;

  Parser(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  Doc parse(byte[] bytes) throws Failure {
    try {
      XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
      in = reader;
      try {
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.DTD) {
            throw fail("dtd", "the file has a DTD; exchange files have none, and DTDs are refused");
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            if (!Mapping.NS.equals(reader.getNamespaceURI())
                || !reader.getLocalName().equals("model")) {
              throw fail(
                  "wrong-root",
                  "the root element is {"
                      + reader.getNamespaceURI()
                      + "}"
                      + reader.getLocalName()
                      + ", not the exchange format's <model> in "
                      + Mapping.NS);
            }
            return model();
          }
        }
        throw fail("no-root", "the file holds no element");
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      message =
          message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
      throw new Failure(
          ArchimateProblem.of(
              "not-well-formed",
              at == null ? 0 : at.getLineNumber(),
              at == null ? 0 : at.getColumnNumber(),
              "",
              "not well-formed XML: " + message));
    }
  }

  private Doc model() throws XMLStreamException, Failure {
    Concept model = concept("model");
    List<Concept> elements = new ArrayList<>();
    List<Concept> relationships = new ArrayList<>();
    List<Concept> views = new ArrayList<>();
    Map<String, String> definitions = new LinkedHashMap<>();
    // concept() consumed the model's names, documentation and properties; now its sections.
    while (nextChild()) {
      switch (reader().getLocalName()) {
        case "elements" -> list(elements, "element");
        case "relationships" -> list(relationships, "relationship");
        case "propertyDefinitions" -> {
          while (nextChild()) {
            Concept d = concept("propertyDefinition");
            definitions.put(d.identifier(), d.names().isEmpty() ? "" : d.names().get(0).text());
          }
        }
        case "views" -> {
          while (nextChild()) {
            if (reader().getLocalName().equals("diagrams")) {
              while (nextChild()) {
                views.add(concept("view"));
              }
            } else {
              skip();
            }
          }
        }
        default -> skip();
      }
    }
    return new Doc(model, elements, relationships, views, definitions);
  }

  private void list(List<Concept> into, String name) throws XMLStreamException, Failure {
    while (nextChild()) {
      if (reader().getLocalName().equals(name)) {
        into.add(concept(name));
      } else {
        skip();
      }
    }
  }

  /**
   * Reads the concept whose start tag is current: its attributes, names, documentation and
   * properties, skipping anything else; for the model, stops before its first other section.
   */
  private Concept concept(String what) throws XMLStreamException, Failure {
    XMLStreamReader r = reader();
    Location at = r.getLocation();
    Map<String, String> attributes = new LinkedHashMap<>();
    String type = "";
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      String local = r.getAttributeLocalName(i);
      if (Mapping.XSI.equals(ns) && local.equals("type")) {
        type = r.getAttributeValue(i);
        type = type.substring(type.indexOf(':') + 1);
      } else if (ns == null || ns.isEmpty()) {
        attributes.put(local, r.getAttributeValue(i));
      }
    }
    String identifier = attributes.getOrDefault("identifier", "");
    List<Lang> names = new ArrayList<>();
    List<Lang> docs = new ArrayList<>();
    List<Prop> props = new ArrayList<>();
    boolean model = what.equals("model");
    while (true) {
      if (!nextChild()) {
        ended = model;
        break;
      }
      String local = reader().getLocalName();
      if (model
          && !(local.equals("name")
              || local.equals("documentation")
              || local.equals("properties"))) {
        pending = true;
        break;
      }
      ownPart(names, docs, props);
    }
    return new Concept(
        identifier, type, names, docs, props, attributes, at.getLineNumber(), at.getColumnNumber());
  }

  private void ownPart(List<Lang> names, List<Lang> docs, List<Prop> props)
      throws XMLStreamException, Failure {
    switch (reader().getLocalName()) {
      case "name" -> names.add(lang());
      case "documentation" -> docs.add(lang());
      case "properties" -> {
        while (nextChild()) {
          String ref = reader().getAttributeValue(null, "propertyDefinitionRef");
          List<Lang> values = new ArrayList<>();
          while (nextChild()) {
            if (reader().getLocalName().equals("value")) {
              values.add(lang());
            } else {
              skip();
            }
          }
          props.add(new Prop(ref == null ? "" : ref, values));
        }
      }
      default -> skip();
    }
  }

  /** Reads the text of the current element, with its {@code xml:lang}. */
  private Lang lang() throws XMLStreamException, Failure {
    XMLStreamReader r = reader();
    String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS,
                XMLStreamConstants.CDATA,
                XMLStreamConstants.SPACE,
                XMLStreamConstants.ENTITY_REFERENCE ->
            text.append(r.getText());
        case XMLStreamConstants.START_ELEMENT -> {
          enter();
          skipInside();
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          return new Lang(lang == null ? "" : lang, text.toString());
        }
        default -> {}
      }
    }
  }

  /** Moves to the next child element of the current one; false at the current one's end. */
  private boolean nextChild() throws XMLStreamException, Failure {
    if (pending) {
      pending = false;
      return true;
    }
    if (ended) {
      ended = false;
      return false;
    }
    XMLStreamReader r = reader();
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        enter();
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        return false;
      }
    }
    return false;
  }

  /** Skips the current element, whose start tag was just read. */
  private void skip() throws XMLStreamException, Failure {
    skipInside();
  }

  private void skipInside() throws XMLStreamException, Failure {
    while (nextChild()) {
      skipInside();
    }
  }

  private void enter() throws Failure {
    if (++depth > maxDepth) {
      throw fail("too-deep", "elements nest deeper than " + maxDepth + " levels");
    }
  }

  private Failure fail(String code, String message) {
    Location at = reader().getLocation();
    return new Failure(
        ArchimateProblem.of(code, at.getLineNumber(), at.getColumnNumber(), "", message));
  }

  private XMLStreamReader reader() {
    XMLStreamReader r = in;
    if (r == null) {
      throw new IllegalStateException("not parsing");
    }
    return r;
  }
}
