package dev.itom.model;

import static dev.itom.model.ReferenceCheck.ALIGNMENT_FROM;
import static dev.itom.model.ReferenceCheck.ALIGNMENT_TO;
import static dev.itom.model.ReferenceCheck.ASSIGNMENT_ROLE;
import static dev.itom.model.ReferenceCheck.ASSIGNMENT_TARGET;
import static dev.itom.model.ReferenceCheck.KPI_MEASURES;
import static dev.itom.model.ReferenceCheck.OFFERING_CONSUMERS;
import static dev.itom.model.ReferenceCheck.OFFERING_OWNER;
import static dev.itom.model.ReferenceCheck.OFFERING_REALIZED_BY;
import static dev.itom.model.ReferenceCheck.PROCESS_OWNER;
import static dev.itom.model.ReferenceCheck.PROCESS_SUPPORTS;
import static dev.itom.model.ReferenceCheck.STAGE_CONSUMES;
import static dev.itom.model.ReferenceCheck.STAGE_OWNER;
import static dev.itom.model.ReferenceCheck.STAGE_PRODUCES;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Walks one model in document order, once, and collects every violation of its invariants, in that
 * order. The checks themselves are by subject: {@link IdCheck ids and names}, {@link TextCheck
 * text}, {@link ReferenceCheck references}, {@link LinkCheck alignments and assignments}, {@link
 * PricingCheck pricing} and {@link CatalogCheck the service catalog}. A JSON Pointer is built only
 * for a violation (see {@link Location}).
 *
 * <p>Given a valid previous model and which elements are its own ({@link Kept}: the same instances,
 * while every id of the previous model is still there with its kind and no id is taken twice), the
 * checker checks only what differs from that model: a kept element passes over, and so do the lists
 * of alignments and assignments when they hold the previous model's items. What passes over is
 * sound: every check of an element reads only the element itself and, through the index, whether
 * each id it names is there and of which kind, which is as in the previous model, so it finds what
 * it found there: nothing, since the previous model is valid. Ids taken twice are ruled out
 * beforehand. The model's own fields are always checked.
 *
 * <p>The two ends of alignments and assignments, which a large model holds by the hundred thousand,
 * are looked up {@value #CHUNK} links at a time, in one tight loop before those links are checked:
 * there the processor overlaps the memory reads of several lookups, where one lookup between two
 * checks waits for its own. The checks and the duplicate test ({@link LinkCheck}) then use the
 * ordinals found. The references of the stages of a chain, and of {@value #ELEMENT_CHUNK}
 * processes, offerings or KPIs at a time, are gathered and looked up the same way ({@link
 * ReferenceCheck#ahead(String)}), except those of elements that pass over.
 *
 * <p>The check of a whole model also records, for each reference that a reverse navigation relation
 * follows, the ordinal it resolved to and the number of its source ({@link Resolved}), so that the
 * relation is built without a walk or a lookup; the check of an edit records none.
 */
final class InvariantChecker {
  /** How many links resolve their references together, before their checks. */
  private static final int CHUNK = 256;

  /**
   * How many processes, offerings or KPIs resolve their references together, before their checks.
   */
  private static final int ELEMENT_CHUNK = 64;

  private final OperatingModel model;
  private final ModelIndex index;
  private final List<Violation> found = new ArrayList<>();
  private final TextCheck texts = new TextCheck(found);
  private final IdCheck ids;
  private final ReferenceCheck references;
  private final LinkCheck links;
  private final PricingCheck pricing = new PricingCheck(texts, found);
  private final CatalogCheck catalog = new CatalogCheck(texts, pricing, found);
  private final @Nullable ModelIndex previous;
  private final boolean @Nullable [] kept;

  /** The pairs of the navigation relations, recorded when the whole model is checked. */
  private final @Nullable Resolved resolved;

  /**
   * A checker of {@code model}, whose elements {@code index} numbers; with the index of a valid
   * {@code previous} model and, per ordinal, whether the element is that model's own ({@code
   * kept}), a checker of what differs from that model.
   */
  InvariantChecker(
      OperatingModel model,
      ModelIndex index,
      @Nullable ModelIndex previous,
      boolean @Nullable [] kept) {
    this.model = model;
    this.index = index;
    this.previous = previous;
    this.kept = kept;
    this.ids = new IdCheck(index, texts, found);
    this.references = new ReferenceCheck(index, found);
    this.links = new LinkCheck(model, found);
    this.resolved = previous == null ? new Resolved(model) : null;
  }

  /**
   * Returns the pairs of the navigation relations that the check resolved, if it checked the whole
   * model; meaningful only if it found no violation.
   */
  @Nullable Resolved resolved() {
    return resolved;
  }

  /** The pairs of {@code reverse} to record into, or null if this check records none. */
  private Resolved.@Nullable Pairs record(Navigation.Reverse<?> reverse) {
    return resolved == null ? null : resolved.of(reverse);
  }

  /** Returns every violation, in document order. */
  ImmutableList<Violation> check() {
    Location root = Location.ROOT;
    ids.modelId(model.id());
    ids.modelName(model.name());
    texts.text(root, "/version", model.version());
    texts.text(root, "/description", model.description());
    texts.properties(root, model.properties());
    elements("/roles/", model.roles());
    elements("/consumers/", model.consumers());
    elements("/artifacts/", model.artifacts());
    valueChains();
    processes();
    alignments();
    offerings();
    kpis();
    assignments();
    return ImmutableList.copyOf(found);
  }

  /**
   * Whether the next element in document order, and the {@code nested} elements that follow it
   * inside it, are the previous model's own; if so, passes over them.
   */
  private boolean unchanged(int nested) {
    if (kept != null && kept[ids.ordinal()]) {
      ids.skip(1 + nested);
      return true;
    }
    return false;
  }

  /**
   * Whether a list holds the previous model's items, the same instances in the same order: equal
   * would cost a walk of every value.
   */
  @SuppressWarnings("ReferenceEquality")
  private static boolean sameItems(List<?> list, List<?> before) {
    if (list == before) {
      return true;
    }
    if (list.size() != before.size()) {
      return false;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) != before.get(i)) {
        return false;
      }
    }
    return true;
  }

  private void elements(String list, List<? extends Element> elements) {
    Location loc = new Location(null, list, 0);
    for (int i = 0; i < elements.size(); i++) {
      Element element = elements.get(i);
      if (!unchanged(0)) {
        ids.element(loc.move(i), element);
      }
    }
  }

  private void valueChains() {
    Location chains = new Location(null, "/valueChains/", 0);
    Location stages = new Location(chains, "/stages/", 0);
    Resolved.Pairs consumers = record(Navigation.CONSUMERS);
    Resolved.Pairs producers = record(Navigation.PRODUCERS);
    for (int c = 0; c < model.valueChains().size(); c++) {
      ValueChain chain = model.valueChains().get(c);
      if (unchanged(chain.stages().size())) {
        continue;
      }
      aheadOfStages(chain);
      ids.element(chains.move(c), chain);
      for (int s = 0; s < chain.stages().size(); s++) {
        Stage stage = chain.stages().get(s);
        if (unchanged(0)) {
          continue;
        }
        Location loc = stages.move(s);
        int ordinal = ids.ordinal();
        ids.element(loc, stage);
        String owner = stage.owner().orElse(null); // one Optional, which the JIT can elide
        if (owner != null) {
          references.reference(loc, STAGE_OWNER, owner);
        }
        texts.questions(loc, stage.questions());
        references.references(loc, STAGE_CONSUMES, stage.consumes(), consumers, ordinal);
        references.references(loc, STAGE_PRODUCES, stage.produces(), producers, ordinal);
      }
    }
  }

  /**
   * Whether the element at {@code ordinal} is the previous model's own, so that its checks pass
   * over it.
   */
  private boolean keptAt(int ordinal) {
    return kept != null && kept[ordinal];
  }

  /** Gathers the references of the stages of {@code chain} that will be checked, ahead. */
  private void aheadOfStages(ValueChain chain) {
    references.clearAhead();
    int ordinal = ids.ordinal() + 1;
    for (int s = 0; s < chain.stages().size(); s++) {
      if (!keptAt(ordinal + s)) {
        Stage stage = chain.stages().get(s);
        references.ahead(stage.owner().orElse(null));
        references.ahead(stage.consumes());
        references.ahead(stage.produces());
      }
    }
    references.resolveAhead();
  }

  /** Gathers the references of the processes from {@code start} to {@code end}, ahead. */
  private void aheadOfProcesses(List<SupportProcess> list, int start, int end) {
    references.clearAhead();
    int ordinal = ids.ordinal();
    for (int i = start; i < end; i++) {
      if (!keptAt(ordinal + i - start)) {
        SupportProcess process = list.get(i);
        references.ahead(process.owner().orElse(null));
        references.ahead(process.supports());
      }
    }
    references.resolveAhead();
  }

  /** Gathers the references of the offerings from {@code start} to {@code end}, ahead. */
  private void aheadOfOfferings(List<Offering> list, int start, int end) {
    references.clearAhead();
    int ordinal = ids.ordinal();
    for (int i = start; i < end; i++) {
      Offering offering = list.get(i);
      if (!keptAt(ordinal)) {
        references.ahead(offering.owner().orElse(null));
        references.ahead(offering.consumers());
        references.ahead(offering.realizedBy());
      }
      ordinal += 1 + offering.options().size();
    }
    references.resolveAhead();
  }

  /** Gathers the references of the KPIs from {@code start} to {@code end}, ahead. */
  private void aheadOfKpis(List<Kpi> list, int start, int end) {
    references.clearAhead();
    int ordinal = ids.ordinal();
    for (int i = start; i < end; i++) {
      if (!keptAt(ordinal + i - start)) {
        references.ahead(list.get(i).measures());
      }
    }
    references.resolveAhead();
  }

  private void processes() {
    Location processes = new Location(null, "/processes/", 0);
    List<SupportProcess> list = model.processes();
    Resolved.Pairs supporting = record(Navigation.PROCESSES_SUPPORTING);
    for (int i = 0; i < list.size(); i++) {
      if (i % ELEMENT_CHUNK == 0) {
        aheadOfProcesses(list, i, Math.min(list.size(), i + ELEMENT_CHUNK));
      }
      SupportProcess process = list.get(i);
      if (unchanged(0)) {
        continue;
      }
      Location loc = processes.move(i);
      int ordinal = ids.ordinal();
      ids.element(loc, process);
      String owner = process.owner().orElse(null);
      if (owner != null) {
        references.reference(loc, PROCESS_OWNER, owner);
      }
      references.references(loc, PROCESS_SUPPORTS, process.supports(), supporting, ordinal);
      for (int f = 0; f < process.frameworks().size(); f++) {
        texts.framework(new Location(loc, "/frameworks/", f), process.frameworks().get(f));
      }
    }
  }

  private void alignments() {
    if (previous != null && sameItems(model.alignments(), previous.model().alignments())) {
      return;
    }
    Location alignments = new Location(null, "/alignments/", 0);
    List<Alignment> list = model.alignments();
    Resolved.Pairs ends = record(Navigation.ALIGNMENTS_OF);
    int[] froms = new int[Math.min(CHUNK, list.size())];
    int[] tos = new int[froms.length];
    for (int start = 0; start < list.size(); start += CHUNK) {
      int end = Math.min(list.size(), start + CHUNK);
      for (int i = start; i < end; i++) {
        Alignment alignment = list.get(i);
        froms[i - start] = index.ordinalOf(alignment.from());
        tos[i - start] = index.ordinalOf(alignment.to());
      }
      for (int i = start; i < end; i++) {
        Alignment alignment = list.get(i);
        Location loc = alignments.move(i);
        int from = froms[i - start];
        int to = tos[i - start];
        texts.text(loc, "/description", alignment.description());
        references.resolved(loc, ALIGNMENT_FROM, alignment.from(), from);
        references.resolved(loc, ALIGNMENT_TO, alignment.to(), to);
        links.alignment(loc, alignment, from, to);
        if (ends != null) {
          ends.add(from, i);
          if (to != from) {
            ends.add(to, i);
          }
        }
        texts.properties(loc, alignment.properties());
      }
    }
  }

  private void offerings() {
    Location offerings = new Location(null, "/offerings/", 0);
    List<Offering> list = model.offerings();
    Resolved.Pairs serving = record(Navigation.OFFERINGS_SERVING);
    Resolved.Pairs realizing = record(Navigation.OFFERINGS_REALIZED_BY);
    for (int i = 0; i < list.size(); i++) {
      if (i % ELEMENT_CHUNK == 0) {
        aheadOfOfferings(list, i, Math.min(list.size(), i + ELEMENT_CHUNK));
      }
      Offering offering = list.get(i);
      if (unchanged(offering.options().size())) {
        continue;
      }
      Location loc = offerings.move(i);
      int ordinal = ids.ordinal();
      ids.element(loc, offering);
      texts.text(loc, "/category", offering.category());
      String owner = offering.owner().orElse(null);
      if (owner != null) {
        references.reference(loc, OFFERING_OWNER, owner);
      }
      references.references(loc, OFFERING_CONSUMERS, offering.consumers(), serving, ordinal);
      references.references(loc, OFFERING_REALIZED_BY, offering.realizedBy(), realizing, ordinal);
      Pricing price = offering.pricing().orElse(null);
      if (price != null) {
        pricing.pricing(loc, price);
      }
      catalog.offering(loc, offering, ids);
    }
  }

  private void kpis() {
    Location kpis = new Location(null, "/kpis/", 0);
    List<Kpi> list = model.kpis();
    Resolved.Pairs measuring = record(Navigation.KPIS_MEASURING);
    for (int i = 0; i < list.size(); i++) {
      if (i % ELEMENT_CHUNK == 0) {
        aheadOfKpis(list, i, Math.min(list.size(), i + ELEMENT_CHUNK));
      }
      Kpi kpi = list.get(i);
      if (unchanged(0)) {
        continue;
      }
      Location loc = kpis.move(i);
      int ordinal = ids.ordinal();
      ids.element(loc, kpi);
      texts.text(loc, "/unit", kpi.unit());
      references.references(loc, KPI_MEASURES, kpi.measures(), measuring, ordinal);
    }
  }

  private void assignments() {
    if (previous != null && sameItems(model.assignments(), previous.model().assignments())) {
      return;
    }
    Location assignments = new Location(null, "/assignments/", 0);
    List<Assignment> list = model.assignments();
    Resolved.Pairs targeted = record(Navigation.ASSIGNMENTS_FOR);
    int[] roles = new int[Math.min(CHUNK, list.size())];
    int[] targets = new int[roles.length];
    for (int start = 0; start < list.size(); start += CHUNK) {
      int end = Math.min(list.size(), start + CHUNK);
      for (int i = start; i < end; i++) {
        Assignment assignment = list.get(i);
        roles[i - start] = index.ordinalOf(assignment.role());
        targets[i - start] = index.ordinalOf(assignment.target());
      }
      for (int i = start; i < end; i++) {
        Assignment assignment = list.get(i);
        Location loc = assignments.move(i);
        references.resolved(loc, ASSIGNMENT_ROLE, assignment.role(), roles[i - start]);
        references.resolved(loc, ASSIGNMENT_TARGET, assignment.target(), targets[i - start]);
        links.assignment(loc, assignment, roles[i - start], targets[i - start]);
        if (targeted != null) {
          targeted.add(targets[i - start], i);
        }
        texts.properties(loc, assignment.properties());
      }
    }
  }
}
