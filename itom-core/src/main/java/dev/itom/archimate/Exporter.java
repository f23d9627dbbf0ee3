package dev.itom.archimate;

import com.google.common.collect.ImmutableList;
import dev.itom.model.Alignment;
import dev.itom.model.Assignment;
import dev.itom.model.Element;
import dev.itom.model.FieldType;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.model.ValueChain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the exchange file of one model: its elements, relationships, organizations, property
 * definitions and the map view, then writes them in the order the schema wants.
 */
final class Exporter {
  /** An element as written. */
  record Out(String id, String type, String name, Optional<String> doc, List<Fields.Prop> props) {}

  /** A relationship as written. */
  record Rel(
      String id,
      String type,
      String source,
      String target,
      String name,
      Optional<String> doc,
      List<Fields.Prop> props,
      boolean directed) {}

  private final OperatingModel model;
  private final String lang;
  private final Set<String> used = new HashSet<>();
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, String> types = new HashMap<>();
  private final List<Out> elements = new ArrayList<>();
  private final List<Rel> relationships = new ArrayList<>();
  private final List<String> alignmentIds = new ArrayList<>();
  private final Map<String, String[]> definitions = new LinkedHashMap<>();

  Exporter(OperatingModel model, String lang) {
    this.model = model;
    this.lang = lang;
  }

  String write() {
    collect();
    Xml xml = new Xml();
    xml.start("model")
        .attr("xmlns", Mapping.NS)
        .attr("xmlns:xsi", Mapping.XSI)
        .attr("xsi:schemaLocation", Mapping.SCHEMA_LOCATION)
        .attr("identifier", unique(Mapping.identifier("model-", model.id())));
    named(xml, model.name(), model.description());
    List<Fields.Prop> modelProps = new ArrayList<>();
    Fields.flatten(Metamodel.MODEL, model, "", modelProps);
    Fields.extensions(model.properties(), modelProps);
    exact(Optional.of(model.name()), model.description(), modelProps);
    String viewId = unique("view-map");
    ViewWriter view = new ViewWriter(model, lang, ids, alignmentIds, this::unique);
    view.prepare();
    properties(xml, modelProps);
    if (!elements.isEmpty()) {
      xml.start("elements");
    }
    for (Out e : elements) {
      xml.start("element").attr("identifier", e.id()).attr("xsi:type", e.type());
      named(xml, e.name(), e.doc());
      properties(xml, e.props());
      xml.end("element");
    }
    if (!elements.isEmpty()) {
      xml.end("elements");
    }
    if (!relationships.isEmpty()) {
      xml.start("relationships");
      for (Rel r : relationships) {
        xml.start("relationship")
            .attr("identifier", r.id())
            .attr("source", r.source())
            .attr("target", r.target())
            .attr("xsi:type", r.type());
        if (r.directed()) {
          xml.attr("isDirected", "true");
        }
        named(xml, r.name(), r.doc());
        properties(xml, r.props());
        xml.end("relationship");
      }
      xml.end("relationships");
    }
    new Organizations(model, lang, ids, relationships, viewId).write(xml);
    List<Fields.Prop> viewProps = List.of(new Fields.Prop(Mapping.VIEW, "string", "map"));
    register(viewProps);
    xml.start("propertyDefinitions");
    for (Map.Entry<String, String[]> d : definitions.entrySet()) {
      xml.start("propertyDefinition")
          .attr("identifier", d.getValue()[0])
          .attr("type", d.getValue()[1]);
      xml.text("name", lang, d.getKey());
      xml.end("propertyDefinition");
    }
    xml.end("propertyDefinitions");
    xml.start("views").start("diagrams");
    xml.start("view").attr("identifier", viewId).attr("xsi:type", "Diagram");
    xml.text("name", lang, Xml.visible(model.name()));
    properties(xml, viewProps);
    view.write(xml);
    xml.end("view");
    xml.end("diagrams").end("views");
    xml.end("model");
    return xml.toString();
  }

  // ---- collecting ----------------------------------------------------------------------------

  private void collect() {
    List<Element> all = new ArrayList<>();
    all.addAll(model.roles());
    all.addAll(model.consumers());
    all.addAll(model.artifacts());
    for (ValueChain chain : model.valueChains()) {
      all.add(chain);
      all.addAll(chain.stages());
    }
    all.addAll(model.processes());
    for (Offering offering : model.offerings()) {
      all.add(offering);
      all.addAll(offering.options());
    }
    all.addAll(model.kpis());
    for (Element e : all) {
      String id = unique(Mapping.identifier("id-", e.id()));
      ids.put(e.id(), id);
      types.put(e.id(), Mapping.elementType(e));
    }
    for (Element e : all) {
      elements.add(element(e));
    }
    for (Element e : all) {
      references(e);
    }
    for (Alignment a : model.alignments()) {
      List<Fields.Prop> props = new ArrayList<>();
      props.add(new Fields.Prop(Mapping.RELATION, "string", Mapping.ALIGNMENT));
      Fields.flatten(Metamodel.ALIGNMENT, a, "", props);
      Fields.extensions(a.properties(), props);
      exact(Optional.empty(), a.description(), props);
      String type = Mapping.alignmentType(a.kind().code());
      Rel rel = relation(a.from(), a.to(), type, Mapping.ALIGNMENT, a.kind().code(), props);
      relationships.add(
          new Rel(
              rel.id(),
              type,
              rel.source(),
              rel.target(),
              a.kind().code(),
              a.description(),
              props,
              false));
      alignmentIds.add(rel.id());
    }
    for (Assignment a : model.assignments()) {
      List<Fields.Prop> props = new ArrayList<>();
      props.add(new Fields.Prop(Mapping.RELATION, "string", Mapping.ASSIGNMENT));
      Fields.flatten(Metamodel.ASSIGNMENT, a, "", props);
      Fields.extensions(a.properties(), props);
      String letter = a.responsibility().code().substring(0, 1).toUpperCase(Locale.ROOT);
      String type =
          Mapping.relationshipType(Mapping.ASSIGNMENT, types.getOrDefault(a.target(), ""));
      Rel rel = relation(a.role(), a.target(), type, Mapping.ASSIGNMENT, letter, props);
      relationships.add(rel);
    }
    for (Rel r : relationships) {
      register(r.props());
    }
  }

  private Out element(Element e) {
    List<Fields.Prop> props = new ArrayList<>();
    flattenElement(e, props);
    Fields.extensions(e.properties(), props);
    exact(Optional.of(e.name()), e.description(), props);
    register(props);
    return new Out(
        Mapping.lookup(ids, e.id()),
        Mapping.lookup(types, e.id()),
        e.name(),
        e.description(),
        props);
  }

  /** The name and description again, exactly, if XML cannot hold them as they are. */
  private static void exact(Optional<String> name, Optional<String> doc, List<Fields.Prop> props) {
    name.filter(n -> !Xml.isWritable(n))
        .ifPresent(
            n -> props.add(new Fields.Prop(Mapping.QUOTED + "name", "string", Xml.quote(n))));
    doc.filter(d -> !Xml.isWritable(d))
        .ifPresent(
            d ->
                props.add(new Fields.Prop(Mapping.QUOTED + "description", "string", Xml.quote(d))));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Element> void flattenElement(T e, List<Fields.Prop> props) {
    MetaType<T> type = (MetaType<T>) Metamodel.of(e.elementKind());
    Fields.flatten(type, e, "", props);
  }

  /** The relationships of an element's references, its stages or options, its stage sequence. */
  @SuppressWarnings("unchecked")
  private <T extends Element> void references(T e) {
    MetaType<T> type = (MetaType<T>) Metamodel.of(e.elementKind());
    for (MetaField<T> field : type.fields()) {
      Object v = field.get(e);
      if (v == null) {
        continue;
      }
      String relation = field.name();
      if (field.type() == FieldType.REFERENCE) {
        reference(e.id(), (String) v, relation);
      } else if (field.type() == FieldType.REFERENCES) {
        for (Object target : (List<?>) v) {
          reference(e.id(), (String) target, relation);
        }
      } else if (field.type() == FieldType.OBJECTS
          && field.itemType().flatMap(MetaType::elementKind).isPresent()) {
        for (Object part : (List<?>) v) {
          reference(e.id(), ((Element) part).id(), relation);
        }
      }
    }
    if (e instanceof ValueChain chain) {
      ImmutableList<Stage> stages = chain.stages();
      for (int i = 1; i < stages.size(); i++) {
        reference(stages.get(i - 1).id(), stages.get(i).id(), Mapping.SEQUENCE);
      }
    }
  }

  private void reference(String holder, String target, String relation) {
    boolean owner = relation.equals(Mapping.OWNER);
    String from = owner ? target : holder;
    String to = owner ? holder : target;
    String type = Mapping.relationshipType(relation, types.getOrDefault(owner ? holder : to, ""));
    List<Fields.Prop> props = new ArrayList<>();
    props.add(new Fields.Prop(Mapping.RELATION, "string", relation));
    relationships.add(relation(from, to, type, relation, Mapping.relationLabel(relation), props));
  }

  private Rel relation(
      String from, String to, String type, String relation, String name, List<Fields.Prop> props) {
    String id =
        unique(
            Mapping.identifier("rel-", from)
                + "_"
                + relation
                + "_"
                + Mapping.identifier("", to)
                + (relation.equals(Mapping.ASSIGNMENT) || relation.equals(Mapping.ALIGNMENT)
                    ? "_" + name
                    : ""));
    boolean directed = type.equals("Association") && !relation.equals(Mapping.ALIGNMENT);
    return new Rel(
        id,
        type,
        Mapping.lookup(ids, from),
        Mapping.lookup(ids, to),
        name,
        Optional.empty(),
        props,
        directed);
  }

  // ---- writing -------------------------------------------------------------------------------

  private void named(Xml xml, String name, Optional<String> doc) {
    xml.text("name", lang, Xml.visible(name));
    doc.ifPresent(d -> xml.text("documentation", lang, Xml.visible(d)));
  }

  private void properties(Xml xml, List<Fields.Prop> props) {
    if (props.isEmpty()) {
      return;
    }
    register(props);
    xml.start("properties");
    for (Fields.Prop p : props) {
      xml.start("property")
          .attr(
              "propertyDefinitionRef",
              java.util.Objects.requireNonNull(definitions.get(p.name()))[0]);
      xml.text("value", lang, p.value());
      xml.end("property");
    }
    xml.end("properties");
  }

  private void register(List<Fields.Prop> props) {
    for (Fields.Prop p : props) {
      definitions.computeIfAbsent(
          p.name(), n -> new String[] {unique(Mapping.identifier("pd-", n)), p.type()});
    }
  }

  /** A fresh identifier: the candidate, or the candidate with a number if it is taken. */
  String unique(String candidate) {
    String id = candidate;
    for (int n = 2; !used.add(id); n++) {
      id = candidate + "_" + n;
    }
    return id;
  }
}
