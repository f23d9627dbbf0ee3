package dev.itom.archimate;

import dev.itom.model.ElementKind;
import dev.itom.model.FieldType;
import dev.itom.model.InvalidModelException;
import dev.itom.model.MetaField;
import dev.itom.model.MetaType;
import dev.itom.model.Metamodel;
import dev.itom.model.OperatingModel;
import dev.itom.model.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Maps a parsed exchange file to a model: each element itom can hold to an itom element, each
 * relationship to the reference it stands for (by its {@code itom:relation} in itom's own files, by
 * its type and ends in others'), and a warning for everything else. docs/ARCHIMATE.md says what a
 * foreign file turns into.
 */
final class Importer {
  /** One itom element being read. */
  private static final class Item {
    final Parser.Concept concept;
    final ElementKind kind;
    String id = "";
    final Values.Bag bag = new Values.Bag();
    final TreeMap<String, String> properties = new TreeMap<>();
    final Map<String, List<Object>> refs = new LinkedHashMap<>();
    final Set<String> composedBy = new HashSet<>();
    @Nullable String owner;

    Item(Parser.Concept concept, ElementKind kind) {
      this.concept = concept;
      this.kind = kind;
    }
  }

  private final Parser.Doc doc;
  private final String lang;
  private final List<ArchimateProblem> warnings = new ArrayList<>();
  private final List<ArchimateProblem> errors = new ArrayList<>();
  private final Map<String, Item> items = new LinkedHashMap<>();
  private final Map<String, String> parents = new HashMap<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private final List<Object[]> alignments = new ArrayList<>();
  private final List<Object[]> assignments = new ArrayList<>();
  private final Map<String, Parser.Concept> pointers = new HashMap<>();

  Importer(Parser.Doc doc, String lang) {
    this.doc = doc;
    this.lang = lang;
  }

  List<ArchimateProblem> warnings() {
    return warnings;
  }

  List<ArchimateProblem> errors() {
    return errors;
  }

  @Nullable OperatingModel map() {
    classify();
    assignIds();
    for (Parser.Concept r : doc.relationships()) {
      relationship(r);
    }
    for (Parser.Concept v : doc.views()) {
      if (!hasItomProperty(v, Mapping.VIEW)) {
        warn(
            "unmapped-view", v, "view \"" + name(v) + "\" is not imported: itom draws its own map");
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return build();
  }

  // ---- elements ------------------------------------------------------------------------------

  private void classify() {
    Map<String, Parser.Concept> byId = new HashMap<>();
    for (Parser.Concept e : doc.elements()) {
      byId.put(e.identifier(), e);
    }
    // A value stream composed in another is a stage; a service composed in an offering an option.
    Map<String, Integer> composed = new HashMap<>();
    for (Parser.Concept r : doc.relationships()) {
      if (r.type().equals("Composition")) {
        Parser.Concept s = byId.get(r.attributes().getOrDefault("source", ""));
        Parser.Concept t = byId.get(r.attributes().getOrDefault("target", ""));
        if (s != null
            && t != null
            && composes(s.type(), t.type())
            && !parents.containsKey(t.identifier())) {
          parents.put(t.identifier(), s.identifier());
          positions.put(t.identifier(), composed.merge(s.identifier(), 1, Integer::sum) - 1);
        }
      }
    }
    for (Parser.Concept e : doc.elements()) {
      ElementKind kind = kind(e);
      if (kind == null) {
        warn(
            "unmapped-element",
            e,
            e.type() + " \"" + name(e) + "\" is not imported: itom has no " + e.type());
        continue;
      }
      String parent = parents.get(e.identifier());
      if (parent != null && parents.containsKey(parent)) {
        warn(
            "unmapped-element",
            e,
            e.type() + " \"" + name(e) + "\" is not imported: it is nested two levels deep");
        continue;
      }
      items.put(e.identifier(), new Item(e, kind));
    }
  }

  private static boolean composes(String source, String target) {
    return (source.equals("ValueStream") && target.equals("ValueStream"))
        || ((source.equals("BusinessService") || source.equals("Product"))
            && target.equals("BusinessService"));
  }

  private @Nullable ElementKind kind(Parser.Concept e) {
    boolean nested = parents.containsKey(e.identifier());
    return switch (e.type()) {
      case "BusinessRole" -> ElementKind.ROLE;
      case "BusinessActor" -> ElementKind.CONSUMER;
      case "BusinessObject" -> ElementKind.ARTIFACT;
      case "BusinessProcess" -> ElementKind.PROCESS;
      case "Outcome" -> ElementKind.KPI;
      case "ValueStream" -> nested ? ElementKind.STAGE : ElementKind.VALUE_CHAIN;
      case "BusinessService" -> nested ? ElementKind.OPTION : ElementKind.OFFERING;
      case "Product" -> ElementKind.OFFERING;
      default -> null;
    };
  }

  private void assignIds() {
    Set<String> taken = new HashSet<>();
    for (Item item : items.values()) {
      read(item.concept, item.bag, item.properties);
      Relations.defaults(item.kind, item.concept.type(), item.bag);
      String wanted = item.bag.one("id");
      item.bag.byPath.remove("id");
      String id = wanted != null && OperatingModel.isWellFormedId(wanted) ? wanted : null;
      if (id == null || taken.contains(id)) {
        id = Relations.itomId(item.concept.identifier(), taken);
      }
      taken.add(id);
      item.id = id;
    }
  }

  /** Reads a concept's properties: itom's own by field path, the others as extension properties. */
  private void read(Parser.Concept c, Values.Bag bag, Map<String, String> properties) {
    for (Parser.Prop p : c.props()) {
      String key = doc.definitions().getOrDefault(p.ref(), p.ref());
      String value = pick(p.values());
      if (key.startsWith(Mapping.QUOTED)) {
        String exact = Xml.unquote(value);
        bag.add(key.substring(Mapping.QUOTED.length()), exact == null ? value : exact);
      } else if (key.startsWith(Mapping.PROPERTY)) {
        String k = Xml.unquote(key.substring(Mapping.PROPERTY.length()));
        String v = Xml.unquote(value);
        extension(c, properties, k == null ? key : k, v == null ? value : v);
      } else if (key.startsWith(Mapping.ITOM) && !key.equals(Mapping.RELATION)) {
        bag.add(key.substring(Mapping.ITOM.length()), value);
      } else if (!key.equals(Mapping.RELATION)) {
        extension(c, properties, key, value);
      }
    }
  }

  private void extension(Parser.Concept c, Map<String, String> properties, String key, String v) {
    if (properties.putIfAbsent(key, v) != null) {
      warn(
          "duplicate-property",
          c,
          "property \"" + key + "\" of \"" + name(c) + "\" appears again; the first value is kept");
    }
  }

  // ---- relationships -------------------------------------------------------------------------

  private void relationship(Parser.Concept r) {
    Item s = items.get(r.attributes().getOrDefault("source", ""));
    Item t = items.get(r.attributes().getOrDefault("target", ""));
    Values.Bag bag = new Values.Bag();
    TreeMap<String, String> properties = new TreeMap<>();
    read(r, bag, properties);
    String relation = itomRelation(r);
    if (s != null && t != null) {
      if (relation == null) {
        relation =
            Relations.infer(
                r.type(),
                r.attributes().get("accessType"),
                s.kind,
                t.kind,
                t.owner == null,
                consecutive(s, t));
      }
      if (relation != null && accept(r, relation, s, t, bag, properties)) {
        return;
      }
    }
    warn(
        "unmapped-relationship",
        r,
        r.type()
            + " relationship \""
            + name(r)
            + "\" from "
            + end(r, "source", s)
            + " to "
            + end(r, "target", t)
            + " is not imported: itom has no such reference");
  }

  /** Whether {@code t} is the stage right after {@code s} in one chain. */
  private boolean consecutive(Item s, Item t) {
    String chain = parents.get(s.concept.identifier());
    return chain != null
        && chain.equals(parents.get(t.concept.identifier()))
        && positions.getOrDefault(t.concept.identifier(), -1)
            == positions.getOrDefault(s.concept.identifier(), -2) + 1;
  }

  private boolean accept(
      Parser.Concept r,
      String relation,
      Item s,
      Item t,
      Values.Bag bag,
      Map<String, String> properties) {
    switch (relation) {
      case Mapping.SEQUENCE -> {
        return s.kind == ElementKind.STAGE && t.kind == ElementKind.STAGE;
      }
      case Mapping.STAGES, Mapping.OPTIONS -> {
        List<Object> children = s.refs.computeIfAbsent(relation, k -> new ArrayList<>());
        if (!s.concept.identifier().equals(parents.get(t.concept.identifier()))
            || !t.composedBy.add(relation)) {
          return false;
        }
        children.add(t);
        return true;
      }
      case Mapping.OWNER -> {
        if (s.kind != ElementKind.ROLE || t.owner != null || !Relations.hasOwner(t.kind)) {
          return false;
        }
        t.owner = s.id;
        return true;
      }
      case Mapping.ALIGNMENT -> {
        if (s.kind != ElementKind.STAGE || t.kind != ElementKind.STAGE) {
          return false;
        }
        if (bag.one("kind") == null) {
          bag.add("kind", Relations.alignmentKind(r.type()));
        }
        alignments.add(new Object[] {r, s.id, t.id, bag, properties});
        return true;
      }
      case Mapping.ASSIGNMENT -> {
        if (s.kind != ElementKind.ROLE) {
          return false;
        }
        if (bag.one("responsibility") == null) {
          bag.add("responsibility", "responsible");
        }
        assignments.add(new Object[] {r, s.id, t.id, bag, properties});
        return true;
      }
      default -> {
        MetaType<?> type = Metamodel.of(s.kind);
        MetaField<?> field = type.field(relation).orElse(null);
        if (field == null
            || !field.type().isReference()
            || !field.referenceKinds().contains(t.kind)) {
          return false;
        }
        s.refs.computeIfAbsent(relation, k -> new ArrayList<>()).add(t.id);
        return true;
      }
    }
  }

  private @Nullable String itomRelation(Parser.Concept r) {
    for (Parser.Prop p : r.props()) {
      if (Mapping.RELATION.equals(doc.definitions().get(p.ref()))) {
        return pick(p.values());
      }
    }
    return null;
  }

  private boolean hasItomProperty(Parser.Concept c, String name) {
    for (Parser.Prop p : c.props()) {
      if (name.equals(doc.definitions().get(p.ref()))) {
        return true;
      }
    }
    return false;
  }

  private String end(Parser.Concept r, String attribute, @Nullable Item item) {
    String id = r.attributes().getOrDefault(attribute, "");
    return item == null ? id + " (not imported)" : item.concept.type() + " " + id;
  }

  // ---- building ------------------------------------------------------------------------------

  private @Nullable OperatingModel build() {
    Parser.Concept m = doc.model();
    Values.Bag bag = new Values.Bag();
    TreeMap<String, String> properties = new TreeMap<>();
    read(m, bag, properties);
    String wanted = bag.one("id");
    String id =
        wanted != null && OperatingModel.isWellFormedId(wanted)
            ? wanted
            : Relations.itomId(m.identifier(), new HashSet<>());
    Map<ElementKind, List<Object>> lists = new HashMap<>();
    try {
      for (Item item : items.values()) {
        if (!parents.containsKey(item.concept.identifier())) {
          List<Object> list = lists.computeIfAbsent(item.kind, k -> new ArrayList<>());
          list.add(element(item, "/" + Relations.listName(item.kind) + "/" + list.size()));
        }
      }
      List<Object> aligned = new ArrayList<>();
      for (Object[] a : alignments) {
        pointers.put("/alignments/" + aligned.size(), (Parser.Concept) a[0]);
        aligned.add(part(Metamodel.ALIGNMENT, a));
      }
      List<Object> assigned = new ArrayList<>();
      for (Object[] a : assignments) {
        pointers.put("/assignments/" + assigned.size(), (Parser.Concept) a[0]);
        assigned.add(part(Metamodel.ASSIGNMENT, a));
      }
      return Metamodel.MODEL.create(
          Values.of(
              Metamodel.MODEL,
              bag,
              "",
              field ->
                  switch (field.name()) {
                    case "id" -> id;
                    case "name" -> text(bag, "name", name(m));
                    case "description" -> description(bag, m);
                    case "properties" -> properties;
                    case "roles" -> list(lists, ElementKind.ROLE);
                    case "consumers" -> list(lists, ElementKind.CONSUMER);
                    case "artifacts" -> list(lists, ElementKind.ARTIFACT);
                    case "valueChains" -> list(lists, ElementKind.VALUE_CHAIN);
                    case "processes" -> list(lists, ElementKind.PROCESS);
                    case "offerings" -> list(lists, ElementKind.OFFERING);
                    case "kpis" -> list(lists, ElementKind.KPI);
                    case "alignments" -> aligned;
                    case "assignments" -> assigned;
                    default -> null;
                  }));
    } catch (Build.Located e) {
      errors.add(e.problem);
    } catch (IllegalArgumentException | NullPointerException e) {
      if (!(e instanceof InvalidModelException invalid)) {
        errors.add(
            ArchimateProblem.of(
                "bad-value", m.line(), m.column(), m.identifier(), String.valueOf(e.getMessage())));
        return null;
      }
      InvalidModelException ex = invalid;
      for (Violation v : ex.violations()) {
        Parser.Concept at = conceptAt(v.pointer());
        errors.add(
            ArchimateProblem.of(
                "invalid-model", at.line(), at.column(), at.identifier(), v.message()));
      }
    }
    return null;
  }

  private static List<Object> list(Map<ElementKind, List<Object>> lists, ElementKind kind) {
    return lists.getOrDefault(kind, List.of());
  }

  private Object element(Item item, String pointer) {
    pointers.put(pointer, item.concept);
    MetaType<?> type = Metamodel.of(item.kind);
    return Build.create(
        type,
        item.concept,
        name(item.concept),
        Values.of(Build.cast(type), item.bag, "", field -> fieldOf(item, field, pointer)));
  }

  private @Nullable Object fieldOf(Item item, MetaField<?> field, String pointer) {
    return switch (field.name()) {
      case "id" -> item.id;
      case "name" -> text(item.bag, "name", name(item.concept));
      case "description" -> description(item.bag, item.concept);
      case "properties" -> item.properties;
      case Mapping.OWNER -> item.owner;
      default -> {
        if (!field.type().isReference() && field.type() != FieldType.OBJECTS) {
          yield null;
        }
        List<Object> refs = item.refs.getOrDefault(field.name(), List.of());
        if (field.type() == FieldType.OBJECTS) {
          List<Object> built = new ArrayList<>();
          for (Object child : refs) {
            built.add(element((Item) child, pointer + "/" + field.name() + "/" + built.size()));
          }
          yield built;
        }
        yield field.type() == FieldType.REFERENCE ? (refs.isEmpty() ? null : refs.get(0)) : refs;
      }
    };
  }

  private Object part(MetaType<?> type, Object[] a) {
    Parser.Concept r = (Parser.Concept) a[0];
    Values.Bag bag = (Values.Bag) a[3];
    String[] ends =
        type == Metamodel.ALIGNMENT ? new String[] {"from", "to"} : new String[] {"role", "target"};
    return Build.create(
        type,
        r,
        name(r),
        Values.of(
            Build.cast(type),
            bag,
            "",
            field -> {
              String n = field.name();
              if (n.equals(ends[0])) {
                return a[1];
              } else if (n.equals(ends[1])) {
                return a[2];
              } else if (n.equals("description")) {
                return description(bag, r);
              } else if (n.equals("properties")) {
                return a[4];
              }
              return null;
            }));
  }

  private Parser.Concept conceptAt(String pointer) {
    // The pointer names a list position of the model: the longest one known says where it is.
    for (String p = pointer; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
      Parser.Concept c = pointers.get(p);
      if (c != null) {
        return c;
      }
    }
    return doc.model();
  }

  private static String text(Values.Bag bag, String path, String visible) {
    String exact = bag.one(path);
    return exact != null ? exact : visible;
  }

  private @Nullable String description(Values.Bag bag, Parser.Concept c) {
    String exact = bag.one("description");
    if (exact != null) {
      return exact;
    }
    return c.docs().isEmpty() ? null : Build.pick(c.docs(), lang);
  }

  private String pick(List<Parser.Lang> values) {
    return Build.pick(values, lang);
  }

  private String name(Parser.Concept c) {
    return Build.pick(c.names(), lang);
  }

  private void warn(String code, Parser.Concept c, String message) {
    warnings.add(ArchimateProblem.of(code, c.line(), c.column(), c.identifier(), message));
  }
}
