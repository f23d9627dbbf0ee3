package dev.itom.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The id index of one operating model, built once when the model is created: where each element
 * stands (its ordinal in document order, its position in its list, the position of its chain, its
 * JSON Pointer). Building it checks every invariant ({@link InvariantChecker}); the reverse
 * navigation relations ({@link Navigation}) are built on first use.
 */
final class ModelIndex {

  /** Where one element stands in the model. */
  static final class Entry {
    final Element element;
    final int ordinal;
    final int position;

    /** The position of the stage's chain or the option's offering; -1 for any other element. */
    final int chainPosition;

    Entry(Element element, int ordinal, int position, int chainPosition) {
      this.element = element;
      this.ordinal = ordinal;
      this.position = position;
      this.chainPosition = chainPosition;
    }

    /** Returns the JSON Pointer of the element, such as {@code /valueChains/0/stages/1}. */
    String path() {
      return switch (element.elementKind()) {
        case ROLE -> "/roles/" + position;
        case CONSUMER -> "/consumers/" + position;
        case ARTIFACT -> "/artifacts/" + position;
        case VALUE_CHAIN -> "/valueChains/" + position;
        case STAGE -> "/valueChains/" + chainPosition + "/stages/" + position;
        case PROCESS -> "/processes/" + position;
        case OFFERING -> "/offerings/" + position;
        case OPTION -> "/offerings/" + chainPosition + "/options/" + position;
        case KPI -> "/kpis/" + position;
      };
    }
  }

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
    for (Offering offering : model.offerings()) {
      count += offering.options().size();
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
    for (int o = 0; o < model.offerings().size(); o++) {
      Offering offering = model.offerings().get(o);
      put(new Entry(offering, ordinal++, o, -1));
      for (int p = 0; p < offering.options().size(); p++) {
        put(new Entry(offering.options().get(p), ordinal++, p, o));
      }
    }
    register(model.kpis(), ordinal);
    this.violations = new InvariantChecker(model, byId).check();
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
    return entry == null || entry.element.elementKind() != ElementKind.STAGE
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

  /** Returns how a message names an element of a kind, with its article: {@code a role}. */
  static String article(ElementKind kind) {
    return switch (kind) {
      case ROLE -> "a role";
      case CONSUMER -> "a consumer";
      case ARTIFACT -> "an artifact";
      case VALUE_CHAIN -> "a value chain";
      case STAGE -> "a stage";
      case PROCESS -> "a support process";
      case OFFERING -> "an offering";
      case OPTION -> "an option";
      case KPI -> "a KPI";
    };
  }

  /** Returns how a message names an element of a kind, without article: {@code role}. */
  static String noun(ElementKind kind) {
    return article(kind).substring(article(kind).indexOf(' ') + 1);
  }
}
