package dev.itom.model;

import static com.google.common.base.Verify.verifyNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The id index of one operating model, built once when the model is created, and the check of every
 * invariant. The reverse navigation maps are built on first use.
 */
final class ModelIndex {

  /** Where one element stands in the model. */
  static final class Entry {
    final Element element;
    final int ordinal;
    final int position;
    final int chainPosition;

    Entry(Element element, int ordinal, int position, int chainPosition) {
      this.element = element;
      this.ordinal = ordinal;
      this.position = position;
      this.chainPosition = chainPosition;
    }

    String path() {
      return switch (element.elementKind()) {
        case ROLE -> "/roles/" + position;
        case CONSUMER -> "/consumers/" + position;
        case ARTIFACT -> "/artifacts/" + position;
        case VALUE_CHAIN -> "/valueChains/" + position;
        case STAGE -> "/valueChains/" + chainPosition + "/stages/" + position;
        case PROCESS -> "/processes/" + position;
        case OFFERING -> "/offerings/" + position;
        case KPI -> "/kpis/" + position;
      };
    }
  }

  private static final EnumSet<ElementKind> ROLE = EnumSet.of(ElementKind.ROLE);
  private static final EnumSet<ElementKind> CONSUMER = EnumSet.of(ElementKind.CONSUMER);
  private static final EnumSet<ElementKind> ARTIFACT = EnumSet.of(ElementKind.ARTIFACT);
  private static final EnumSet<ElementKind> STAGE = EnumSet.of(ElementKind.STAGE);
  private static final EnumSet<ElementKind> STAGE_OR_CHAIN =
      EnumSet.of(ElementKind.STAGE, ElementKind.VALUE_CHAIN);
  private static final EnumSet<ElementKind> ASSIGNABLE =
      EnumSet.of(
          ElementKind.STAGE, ElementKind.PROCESS, ElementKind.VALUE_CHAIN, ElementKind.OFFERING);
  private static final EnumSet<ElementKind> ANY = EnumSet.allOf(ElementKind.class);

  private final OperatingModel model;
  private final Map<String, Entry> byId;
  private final ImmutableList<Violation> violations;
  private volatile @Nullable Navigation navigation;

  ModelIndex(OperatingModel model) {
    this.model = model;
    int count = model.roles().size() + model.consumers().size() + model.artifacts().size();
    count += model.valueChains().size() + model.processes().size();
    count += model.offerings().size() + model.kpis().size();
    for (ValueChain chain : model.valueChains()) {
      count += chain.stages().size();
    }
    this.byId = Maps.newHashMapWithExpectedSize(count);
    int ordinal = 0;
    ordinal = register(model.roles(), ordinal);
    ordinal = register(model.consumers(), ordinal);
    ordinal = register(model.artifacts(), ordinal);
    for (int c = 0; c < model.valueChains().size(); c++) {
      ValueChain chain = model.valueChains().get(c);
      put(new Entry(chain, ordinal++, c, -1));
      for (int s = 0; s < chain.stages().size(); s++) {
        put(new Entry(chain.stages().get(s), ordinal++, s, c));
      }
    }
    ordinal = register(model.processes(), ordinal);
    ordinal = register(model.offerings(), ordinal);
    register(model.kpis(), ordinal);
    this.violations = new Checker().check();
  }

  private int register(List<? extends Element> elements, int ordinal) {
    for (int i = 0; i < elements.size(); i++) {
      put(new Entry(elements.get(i), ordinal++, i, -1));
    }
    return ordinal;
  }

  private void put(Entry entry) {
    byId.putIfAbsent(entry.element.id(), entry);
  }

  ImmutableList<Violation> violations() {
    return violations;
  }

  int size() {
    return byId.size();
  }

  Optional<Element> element(String id) {
    Entry entry = byId.get(id);
    return entry == null ? Optional.empty() : Optional.of(entry.element);
  }

  <T extends Element> Optional<T> element(String id, Class<T> type) {
    Entry entry = byId.get(id);
    return entry != null && type.isInstance(entry.element)
        ? Optional.of(type.cast(entry.element))
        : Optional.empty();
  }

  Optional<String> pathOf(String id) {
    Entry entry = byId.get(id);
    return entry == null ? Optional.empty() : Optional.of(entry.path());
  }

  Optional<ValueChain> chainOf(String stageId) {
    Entry entry = byId.get(stageId);
    return entry == null || entry.chainPosition < 0
        ? Optional.empty()
        : Optional.of(model.valueChains().get(entry.chainPosition));
  }

  Navigation navigation() {
    Navigation result = navigation;
    if (result == null) {
      synchronized (this) {
        result = navigation;
        if (result == null) {
          result = new Navigation(model);
          navigation = result;
        }
      }
    }
    return result;
  }

  /** Reverse references, built once on first use. */
  static final class Navigation {
    final Relation<SupportProcess> processesSupporting;
    final Relation<Alignment> alignmentsOf;
    final Relation<Stage> producers;
    final Relation<Stage> consumers;
    final Relation<Assignment> assignmentsFor;
    final Relation<Kpi> kpisMeasuring;
    final Relation<Offering> offeringsRealizedBy;
    final Relation<Offering> offeringsServing;

    Navigation(OperatingModel model) {
      processesSupporting = new Relation<>(model.processes().size());
      for (SupportProcess process : model.processes()) {
        for (String id : process.supports()) {
          processesSupporting.put(id, process);
        }
      }
      alignmentsOf = new Relation<>(model.alignments().size() * 2);
      for (Alignment alignment : model.alignments()) {
        alignmentsOf.put(alignment.from(), alignment);
        if (!alignment.to().equals(alignment.from())) {
          alignmentsOf.put(alignment.to(), alignment);
        }
      }
      producers = new Relation<>(model.artifacts().size());
      consumers = new Relation<>(model.artifacts().size());
      for (ValueChain chain : model.valueChains()) {
        for (Stage stage : chain.stages()) {
          for (String artifact : stage.produces()) {
            producers.put(artifact, stage);
          }
          for (String artifact : stage.consumes()) {
            consumers.put(artifact, stage);
          }
        }
      }
      assignmentsFor = new Relation<>(model.assignments().size());
      for (Assignment assignment : model.assignments()) {
        assignmentsFor.put(assignment.target(), assignment);
      }
      kpisMeasuring = new Relation<>(model.kpis().size());
      for (Kpi kpi : model.kpis()) {
        for (String id : kpi.measures()) {
          kpisMeasuring.put(id, kpi);
        }
      }
      offeringsRealizedBy = new Relation<>(model.offerings().size());
      offeringsServing = new Relation<>(model.consumers().size());
      for (Offering offering : model.offerings()) {
        for (String id : offering.realizedBy()) {
          offeringsRealizedBy.put(id, offering);
        }
        for (String id : offering.consumers()) {
          offeringsServing.put(id, offering);
        }
      }
      processesSupporting.freeze();
      alignmentsOf.freeze();
      producers.freeze();
      consumers.freeze();
      assignmentsFor.freeze();
      kpisMeasuring.freeze();
      offeringsRealizedBy.freeze();
      offeringsServing.freeze();
    }
  }

  /**
   * A one-to-many relation from ids to values, in insertion order per id. An id with one value maps
   * to the value itself, so the common case allocates no list; after {@link #freeze()} an id with
   * several values maps to an {@link ImmutableList}. Read-only after freezing, so it may be shared
   * by any number of threads once safely published.
   */
  static final class Relation<T> {
    /** The values of an id with more than one, while the relation is being built. */
    private static final class Many extends ArrayList<Object> {
      private static final long serialVersionUID = 1L;

      Many(Object first, Object second) {
        super(4);
        add(first);
        add(second);
      }
    }

    private final Map<String, Object> byId;

    Relation(int expectedKeys) {
      byId = Maps.newHashMapWithExpectedSize(expectedKeys);
    }

    void put(String id, T value) {
      Object current = byId.putIfAbsent(id, value);
      if (current instanceof Many many) {
        many.add(value);
      } else if (current != null) {
        byId.put(id, new Many(current, value));
      }
    }

    void freeze() {
      byId.replaceAll(
          (id, value) -> value instanceof Many many ? ImmutableList.copyOf(many) : value);
    }

    // Values are only ever the T given to put, or an ImmutableList of them made by freeze.
    @SuppressWarnings("unchecked")
    ImmutableList<T> get(String id) {
      Object value = byId.get(id);
      if (value == null) {
        return ImmutableList.of();
      }
      if (value instanceof ImmutableList<?> list) {
        return (ImmutableList<T>) list;
      }
      return ImmutableList.of((T) value);
    }
  }

  /**
   * Returns a decimal for a message, without exponent unless the plain form would be over a
   * thousand digits long (1E+999999999 stays 1E+999999999 rather than a gigabyte of zeros).
   */
  static String plain(BigDecimal value) {
    return Math.abs((long) value.scale()) <= 1_000 ? value.toPlainString() : value.toString();
  }

  static boolean isWellFormedId(String id) {
    int length = id.length();
    if (length == 0 || length > 128) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  static boolean isBlank(String text) {
    return text.isBlank();
  }

  static boolean hasLoneSurrogate(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isCurrency(String currency) {
    if (currency.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = currency.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    int limit = Math.min(text.length(), 80);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > limit) {
      out.append("...");
    }
    return out.append('"').toString();
  }

  /** Escapes one reference token of a JSON Pointer (RFC 6901). */
  static String escapeToken(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String article(ElementKind kind) {
    return switch (kind) {
      case ROLE -> "a role";
      case CONSUMER -> "a consumer";
      case ARTIFACT -> "an artifact";
      case VALUE_CHAIN -> "a value chain";
      case STAGE -> "a stage";
      case PROCESS -> "a support process";
      case OFFERING -> "an offering";
      case KPI -> "a KPI";
    };
  }

  private static String expected(Set<ElementKind> allowed) {
    if (allowed.equals(ANY)) {
      return "an element";
    }
    List<String> names = new ArrayList<>();
    for (ElementKind kind : allowed) {
      names.add(article(kind));
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  /**
   * Where a value stands, as a JSON Pointer built only when a violation needs it: the happy path
   * allocates no strings.
   */
  private static final class Loc {
    private final @Nullable Loc parent;
    private final String segment;
    private int index;

    Loc(@Nullable Loc parent, String segment, int index) {
      this.parent = parent;
      this.segment = segment;
      this.index = index;
    }

    /**
     * Moves this location to another position of the same list; the checker reuses one per list.
     */
    Loc move(int position) {
      this.index = position;
      return this;
    }

    String at(String field) {
      StringBuilder path = new StringBuilder(32);
      append(path);
      return path.append(field).toString();
    }

    String at(String field, int position) {
      return at(field) + "/" + position;
    }

    private void append(StringBuilder path) {
      if (parent != null) {
        parent.append(path);
      }
      path.append(segment);
      if (index >= 0) {
        path.append(index);
      }
    }
  }

  private static final Loc ROOT = new Loc(null, "", -1);

  private static final String LONE_SURROGATE =
      "text holds a lone UTF-16 surrogate, half of a character that no JSON or YAML file can"
          + " hold; remove it or complete the pair";

  /** Walks the model in document order and collects every violation. */
  private final class Checker {
    private final List<Violation> found = new ArrayList<>();
    private int ordinal;

    ImmutableList<Violation> check() {
      if (!isWellFormedId(model.id())) {
        found.add(Violation.of("/id", badId(model.id())));
      }
      name(ROOT, model.name(), "operating model");
      text(ROOT, "/version", model.version());
      text(ROOT, "/description", model.description());
      properties(ROOT, model.properties());
      Loc roles = new Loc(null, "/roles/", 0);
      for (int i = 0; i < model.roles().size(); i++) {
        element(roles.move(i), model.roles().get(i));
      }
      Loc consumers = new Loc(null, "/consumers/", 0);
      for (int i = 0; i < model.consumers().size(); i++) {
        element(consumers.move(i), model.consumers().get(i));
      }
      Loc artifacts = new Loc(null, "/artifacts/", 0);
      for (int i = 0; i < model.artifacts().size(); i++) {
        element(artifacts.move(i), model.artifacts().get(i));
      }
      Loc chains = new Loc(null, "/valueChains/", 0);
      Loc stages = new Loc(chains, "/stages/", 0);
      for (int c = 0; c < model.valueChains().size(); c++) {
        ValueChain chain = model.valueChains().get(c);
        Loc chainLoc = chains.move(c);
        element(chainLoc, chain);
        for (int s = 0; s < chain.stages().size(); s++) {
          Stage stage = chain.stages().get(s);
          Loc loc = stages.move(s);
          element(loc, stage);
          if (stage.owner().isPresent()) {
            reference(loc, "/owner", -1, "owner", stage.owner().get(), ROLE);
          }
          texts(loc, "/questions", "question", stage.questions());
          references(loc, "/consumes", "consumes", stage.consumes(), ARTIFACT);
          references(loc, "/produces", "produces", stage.produces(), ARTIFACT);
        }
      }
      Loc processesLoc = new Loc(null, "/processes/", 0);
      for (int i = 0; i < model.processes().size(); i++) {
        SupportProcess process = model.processes().get(i);
        Loc loc = processesLoc.move(i);
        element(loc, process);
        if (process.owner().isPresent()) {
          reference(loc, "/owner", -1, "owner", process.owner().get(), ROLE);
        }
        references(loc, "/supports", "supports", process.supports(), STAGE_OR_CHAIN);
        for (int f = 0; f < process.frameworks().size(); f++) {
          FrameworkReference reference = process.frameworks().get(f);
          Loc frameLoc = new Loc(loc, "/frameworks/", f);
          text(frameLoc, "/framework", reference.framework());
          text(frameLoc, "/ref", reference.ref());
          text(frameLoc, "/name", reference.name());
          if (isBlank(reference.framework())) {
            found.add(
                Violation.of(
                    loc.at("/frameworks", f) + "/framework",
                    "framework must not be blank; name the framework, for example "
                        + FrameworkReference.COBIT_2019
                        + " or "
                        + FrameworkReference.ITIL_4));
          }
          if (isBlank(reference.ref())) {
            found.add(
                Violation.of(
                    loc.at("/frameworks", f) + "/ref",
                    "ref must not be blank; give the reference within the framework, for example"
                        + " APO05"));
          }
        }
      }
      Set<Alignment> alignments = Sets.newHashSetWithExpectedSize(model.alignments().size());
      Loc alignmentsLoc = new Loc(null, "/alignments/", 0);
      for (int i = 0; i < model.alignments().size(); i++) {
        Alignment alignment = model.alignments().get(i);
        Loc loc = alignmentsLoc.move(i);
        text(loc, "/description", alignment.description());
        reference(loc, "/from", -1, "from", alignment.from(), STAGE);
        reference(loc, "/to", -1, "to", alignment.to(), STAGE);
        if (alignment.from().equals(alignment.to())) {
          found.add(
              Violation.of(
                  loc.at("/to"),
                  "alignment joins stage "
                      + quote(alignment.from())
                      + " to itself; an alignment joins two different stages"));
        }
        Alignment identity =
            alignment.properties().isEmpty() && alignment.description().isEmpty()
                ? alignment
                : Alignment.of(alignment.from(), alignment.to(), alignment.kind());
        if (!alignments.add(identity)) {
          found.add(
              Violation.of(
                  loc.at(""),
                  "the "
                      + alignment.kind().code()
                      + " from "
                      + quote(alignment.from())
                      + " to "
                      + quote(alignment.to())
                      + " is listed twice; remove this one"));
        }
        properties(loc, alignment.properties());
      }
      Loc offeringsLoc = new Loc(null, "/offerings/", 0);
      for (int i = 0; i < model.offerings().size(); i++) {
        Offering offering = model.offerings().get(i);
        Loc loc = offeringsLoc.move(i);
        element(loc, offering);
        text(loc, "/category", offering.category());
        if (offering.owner().isPresent()) {
          reference(loc, "/owner", -1, "owner", offering.owner().get(), ROLE);
        }
        references(loc, "/consumers", "consumers", offering.consumers(), CONSUMER);
        references(loc, "/realizedBy", "realizedBy", offering.realizedBy(), STAGE);
        if (offering.pricing().isPresent()) {
          pricing(loc, offering.pricing().get());
        }
      }
      Loc kpisLoc = new Loc(null, "/kpis/", 0);
      for (int i = 0; i < model.kpis().size(); i++) {
        Kpi kpi = model.kpis().get(i);
        Loc loc = kpisLoc.move(i);
        element(loc, kpi);
        text(loc, "/unit", kpi.unit());
        references(loc, "/measures", "measures", kpi.measures(), ANY);
      }
      Set<Assignment> assignments = Sets.newHashSetWithExpectedSize(model.assignments().size());
      Loc assignmentsLoc = new Loc(null, "/assignments/", 0);
      for (int i = 0; i < model.assignments().size(); i++) {
        Assignment assignment = model.assignments().get(i);
        Loc loc = assignmentsLoc.move(i);
        reference(loc, "/role", -1, "role", assignment.role(), ROLE);
        reference(loc, "/target", -1, "target", assignment.target(), ASSIGNABLE);
        Assignment identity =
            assignment.properties().isEmpty()
                ? assignment
                : Assignment.of(
                    assignment.role(), assignment.target(), assignment.responsibility());
        if (!assignments.add(identity)) {
          found.add(
              Violation.of(
                  loc.at(""),
                  "role "
                      + quote(assignment.role())
                      + " is "
                      + assignment.responsibility().code()
                      + " for "
                      + quote(assignment.target())
                      + " twice; remove this assignment"));
        }
        properties(loc, assignment.properties());
      }
      return ImmutableList.copyOf(found);
    }

    private void element(Loc loc, Element element) {
      int current = ordinal++;
      String id = element.id();
      if (!isWellFormedId(id)) {
        found.add(Violation.of(loc.at("/id"), badId(id)));
      } else {
        // The constructor indexed every element, so a well-formed id is always present.
        Entry first = verifyNotNull(byId.get(id), "element %s was not indexed", id);
        if (first.ordinal != current) {
          found.add(
              Violation.of(
                  loc.at("/id"),
                  "id "
                      + quote(id)
                      + " is already used by "
                      + article(first.element.elementKind())
                      + " at "
                      + first.path()
                      + "; ids are unique across the whole model, give this "
                      + noun(element.elementKind())
                      + " another id"));
        }
      }
      name(loc, element.name(), noun(element.elementKind()));
      text(loc, "/description", element.description());
      properties(loc, element.properties());
    }

    private void name(Loc loc, String name, String what) {
      if (isBlank(name)) {
        found.add(
            Violation.of(
                loc.at("/name"), "name must not be blank; give the " + what + " a readable name"));
      } else {
        text(loc, "/name", name);
      }
    }

    /** Text must be well-formed UTF-16: a lone surrogate cannot be written to any UTF-8 file. */
    private void text(Loc loc, String field, @Nullable String text) {
      if (text != null && hasLoneSurrogate(text)) {
        found.add(Violation.of(loc.at(field), LONE_SURROGATE));
      }
    }

    private void text(Loc loc, String field, Optional<String> text) {
      if (text.isPresent()) {
        text(loc, field, text.get());
      }
    }

    private void properties(Loc loc, Map<String, String> properties) {
      if (properties.isEmpty()) {
        return;
      }
      for (Map.Entry<String, String> property : properties.entrySet()) {
        String key = property.getKey();
        if (isBlank(key)) {
          found.add(
              Violation.of(
                  loc.at("/properties/" + escapeToken(key)),
                  "property key must not be blank; name the property"));
        } else if (hasLoneSurrogate(key)) {
          found.add(
              Violation.of(
                  loc.at("/properties"),
                  "a property key holds a lone UTF-16 surrogate, half of a character that no JSON"
                      + " or YAML file can hold; remove it or complete the pair"));
        } else if (hasLoneSurrogate(property.getValue())) {
          found.add(Violation.of(loc.at("/properties/" + escapeToken(key)), LONE_SURROGATE));
        }
      }
    }

    private void texts(Loc loc, String field, String what, List<String> texts) {
      for (int i = 0; i < texts.size(); i++) {
        if (isBlank(texts.get(i))) {
          found.add(
              Violation.of(
                  loc.at(field, i), what + " must not be blank; write it out or remove it"));
        } else if (hasLoneSurrogate(texts.get(i))) {
          found.add(Violation.of(loc.at(field, i), LONE_SURROGATE));
        }
      }
    }

    private void references(
        Loc loc, String field, String name, List<String> ids, EnumSet<ElementKind> allowed) {
      int size = ids.size();
      Set<String> seen = size > 8 ? Sets.newHashSetWithExpectedSize(size) : null;
      for (int i = 0; i < size; i++) {
        String id = ids.get(i);
        reference(loc, field, i, name, id, allowed);
        boolean duplicate = seen != null ? !seen.add(id) : ids.indexOf(id) < i;
        if (duplicate) {
          found.add(
              Violation.of(
                  loc.at(field, i),
                  quote(id) + " is listed twice in " + name + "; remove this entry"));
        }
      }
    }

    private void reference(
        Loc loc, String field, int position, String name, String id, EnumSet<ElementKind> allowed) {
      Entry target = byId.get(id);
      if (target == null) {
        found.add(
            Violation.of(
                position < 0 ? loc.at(field) : loc.at(field, position),
                name
                    + " "
                    + quote(id)
                    + " does not resolve: no element has that id; declare "
                    + expected(allowed)
                    + " with id "
                    + quote(id)
                    + " or refer to an existing one"));
      } else if (!allowed.contains(target.element.elementKind())) {
        found.add(
            Violation.of(
                position < 0 ? loc.at(field) : loc.at(field, position),
                name
                    + " "
                    + quote(id)
                    + " is "
                    + article(target.element.elementKind())
                    + " (at "
                    + target.path()
                    + "), but it must be "
                    + expected(allowed)));
      }
    }

    private void pricing(Loc loc, Pricing pricing) {
      text(loc, "/pricing/unit", pricing.unit());
      Optional<BigDecimal> amount = pricing.amount();
      if (amount.isPresent() && amount.get().signum() < 0) {
        found.add(
            Violation.of(
                loc.at("/pricing/amount"),
                "amount "
                    + plain(amount.get())
                    + " is negative; use 0 or more (0 for a free offering)"));
      }
      if (pricing.currency().isPresent()) {
        String currency = pricing.currency().get();
        if (!isCurrency(currency)) {
          found.add(
              Violation.of(
                  loc.at("/pricing/currency"),
                  "currency "
                      + quote(currency)
                      + " is not an ISO 4217 code; use three upper-case letters such as EUR or"
                      + " USD"));
        }
      } else if (amount.isPresent()) {
        found.add(
            Violation.of(
                loc.at("/pricing/currency"),
                "an amount needs a currency; add the ISO 4217 code, such as EUR or USD"));
      }
    }
  }

  static String noun(ElementKind kind) {
    return article(kind).substring(article(kind).indexOf(' ') + 1);
  }

  private static String badId(String id) {
    return "id "
        + quote(id)
        + " is not well formed; use 1 to 128 letters, digits, '.', '_', ':' or '-', starting"
        + " with a letter or digit";
  }
}
