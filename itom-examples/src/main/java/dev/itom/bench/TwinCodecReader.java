package dev.itom.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.itom.bench.Twin.TAlignment;
import dev.itom.bench.Twin.TAlternative;
import dev.itom.bench.Twin.TArtifact;
import dev.itom.bench.Twin.TAssignment;
import dev.itom.bench.Twin.TChain;
import dev.itom.bench.Twin.TConsumer;
import dev.itom.bench.Twin.TFramework;
import dev.itom.bench.Twin.TKpi;
import dev.itom.bench.Twin.TModel;
import dev.itom.bench.Twin.TOffering;
import dev.itom.bench.Twin.TOption;
import dev.itom.bench.Twin.TPricing;
import dev.itom.bench.Twin.TProcess;
import dev.itom.bench.Twin.TRole;
import dev.itom.bench.Twin.TServiceLevel;
import dev.itom.bench.Twin.TStage;
import dev.itom.model.AlignmentKind;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Direction;
import dev.itom.model.Lifecycle;
import dev.itom.model.OfferingType;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.ValueChainKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reading half of {@link TwinStreamingCodec}: compact or pretty {@code itom/1} JSON to {@link
 * Twin} records with Jackson's streaming parser. Checks nothing beyond the JSON syntax; unknown
 * fields are skipped.
 */
final class TwinCodecReader {
  private TwinCodecReader() {}

  /**
   * Reads a twin from UTF-8 JSON bytes. Checks nothing beyond JSON syntax; a missing required field
   * gives {@code null}.
   *
   * @param json the document
   * @return the twin
   * @throws IOException if the JSON is malformed
   */
  static TModel read(byte[] json) throws IOException {
    try (JsonParser p = TwinStreamingCodec.FACTORY.createParser(json)) {
      p.nextToken();
      return model(p);
    }
  }

  @FunctionalInterface
  private interface Item<T> {
    T read(JsonParser p) throws IOException;
  }

  private static <T> List<T> list(JsonParser p, Item<T> item) throws IOException {
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(item.read(p));
    }
    return out;
  }

  private static List<String> strings(JsonParser p) throws IOException {
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(p.getText());
    }
    return out;
  }

  private static SortedMap<String, String> properties(JsonParser p) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      out.put(key, p.nextTextValue());
    }
    return out;
  }

  private static <E extends Enum<E>> E code(java.util.Optional<E> value) {
    return value.orElseThrow();
  }

  private static TModel model(JsonParser p) throws IOException {
    String format = null, id = null, name = null, version = null, description = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    List<TRole> roles = List.of();
    List<TConsumer> consumers = List.of();
    List<TArtifact> artifacts = List.of();
    List<TChain> chains = List.of();
    List<TProcess> processes = List.of();
    List<TAlignment> alignments = List.of();
    List<TOffering> offerings = List.of();
    List<TKpi> kpis = List.of();
    List<TAssignment> assignments = List.of();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "format" -> format = p.getText();
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "version" -> version = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        case "roles" -> roles = list(p, TwinCodecReader::role);
        case "consumers" -> consumers = list(p, TwinCodecReader::consumer);
        case "artifacts" -> artifacts = list(p, TwinCodecReader::artifact);
        case "valueChains" -> chains = list(p, TwinCodecReader::chain);
        case "processes" -> processes = list(p, TwinCodecReader::process);
        case "alignments" -> alignments = list(p, TwinCodecReader::alignment);
        case "offerings" -> offerings = list(p, TwinCodecReader::offering);
        case "kpis" -> kpis = list(p, TwinCodecReader::kpi);
        case "assignments" -> assignments = list(p, TwinCodecReader::assignment);
        default -> p.skipChildren();
      }
    }
    return new TModel(
        format,
        id,
        name,
        version,
        description,
        properties,
        roles,
        consumers,
        artifacts,
        chains,
        processes,
        alignments,
        offerings,
        kpis,
        assignments);
  }

  // The element readers share one shape: locals per field, one switch over the field name.

  private static TRole role(JsonParser p) throws IOException {
    String id = null, name = null, description = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        default -> p.skipChildren();
      }
    }
    return new TRole(id, name, description, properties);
  }

  private static TConsumer consumer(JsonParser p) throws IOException {
    String id = null, name = null, description = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    ConsumerKind kind = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        case "kind" -> kind = code(ConsumerKind.fromCode(p.getText()));
        default -> p.skipChildren();
      }
    }
    return new TConsumer(id, name, description, properties, kind);
  }

  private static TArtifact artifact(JsonParser p) throws IOException {
    String id = null, name = null, description = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        default -> p.skipChildren();
      }
    }
    return new TArtifact(id, name, description, properties);
  }

  private static TChain chain(JsonParser p) throws IOException {
    String id = null, name = null, description = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    ValueChainKind kind = null;
    List<TStage> stages = List.of();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        case "kind" -> kind = code(ValueChainKind.fromCode(p.getText()));
        case "stages" -> stages = list(p, TwinCodecReader::stage);
        default -> p.skipChildren();
      }
    }
    return new TChain(id, name, description, properties, kind, stages);
  }

  private static TStage stage(JsonParser p) throws IOException {
    String id = null, name = null, description = null, owner = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    List<String> questions = List.of(), consumes = List.of(), produces = List.of();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        case "owner" -> owner = p.getText();
        case "questions" -> questions = strings(p);
        case "consumes" -> consumes = strings(p);
        case "produces" -> produces = strings(p);
        default -> p.skipChildren();
      }
    }
    return new TStage(id, name, description, properties, owner, questions, consumes, produces);
  }

  private static TProcess process(JsonParser p) throws IOException {
    String id = null, name = null, description = null, owner = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    ProcessCategory category = null;
    List<String> supports = List.of();
    List<TFramework> frameworks = List.of();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        case "category" -> category = code(ProcessCategory.fromCode(p.getText()));
        case "owner" -> owner = p.getText();
        case "supports" -> supports = strings(p);
        case "frameworks" -> frameworks = list(p, TwinCodecReader::framework);
        default -> p.skipChildren();
      }
    }
    return new TProcess(id, name, description, properties, category, owner, supports, frameworks);
  }

  private static TFramework framework(JsonParser p) throws IOException {
    String framework = null, ref = null, name = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "framework" -> framework = p.getText();
        case "ref" -> ref = p.getText();
        case "name" -> name = p.getText();
        default -> p.skipChildren();
      }
    }
    return new TFramework(framework, ref, name);
  }

  private static TAlignment alignment(JsonParser p) throws IOException {
    String from = null, to = null, description = null;
    AlignmentKind kind = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "from" -> from = p.getText();
        case "to" -> to = p.getText();
        case "kind" -> kind = code(AlignmentKind.fromCode(p.getText()));
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        default -> p.skipChildren();
      }
    }
    return new TAlignment(from, to, kind, description, properties);
  }

  private static TOffering offering(JsonParser p) throws IOException {
    String id = null, name = null, description = null, category = null, owner = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    OfferingType type = null;
    Delivery delivery = null;
    Lifecycle lifecycle = null;
    List<String> consumers = List.of(), realizedBy = List.of();
    TPricing pricing = null;
    String valueProposition = null;
    List<TOption> options = List.of();
    List<TAlternative> alternatives = List.of();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        case "valueProposition" -> valueProposition = p.getText();
        case "options" -> options = list(p, TwinCodecReader::option);
        case "alternatives" -> alternatives = list(p, TwinCodecReader::alternative);
        case "type" -> type = code(OfferingType.fromCode(p.getText()));
        case "category" -> category = p.getText();
        case "delivery" -> delivery = code(Delivery.fromCode(p.getText()));
        case "lifecycle" -> lifecycle = code(Lifecycle.fromCode(p.getText()));
        case "owner" -> owner = p.getText();
        case "consumers" -> consumers = strings(p);
        case "realizedBy" -> realizedBy = strings(p);
        case "pricing" -> pricing = pricing(p);
        default -> p.skipChildren();
      }
    }
    return new TOffering(
        id,
        name,
        description,
        properties,
        type,
        category,
        delivery,
        lifecycle,
        owner,
        consumers,
        realizedBy,
        pricing,
        valueProposition,
        options,
        alternatives);
  }

  private static TOption option(JsonParser p) throws IOException {
    String id = null, name = null, description = null, leadTime = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    TPricing pricing = null;
    List<TServiceLevel> serviceLevels = List.of();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        case "pricing" -> pricing = pricing(p);
        case "leadTime" -> leadTime = p.getText();
        case "serviceLevels" -> serviceLevels = list(p, TwinCodecReader::serviceLevel);
        default -> p.skipChildren();
      }
    }
    return new TOption(id, name, description, properties, pricing, leadTime, serviceLevels);
  }

  private static TServiceLevel serviceLevel(JsonParser p) throws IOException {
    String name = null, unit = null;
    BigDecimal target = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "name" -> name = p.getText();
        case "target" -> target = p.getDecimalValue();
        case "unit" -> unit = p.getText();
        default -> p.skipChildren();
      }
    }
    return new TServiceLevel(name, target, unit);
  }

  private static TAlternative alternative(JsonParser p) throws IOException {
    String name = null, description = null;
    TPricing pricing = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "pricing" -> pricing = pricing(p);
        default -> p.skipChildren();
      }
    }
    return new TAlternative(name, description, pricing);
  }

  private static TPricing pricing(JsonParser p) throws IOException {
    PricingModel model = null;
    BigDecimal amount = null;
    String currency = null, unit = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "model" -> model = code(PricingModel.fromCode(p.getText()));
        case "amount" -> amount = p.getDecimalValue();
        case "currency" -> currency = p.getText();
        case "unit" -> unit = p.getText();
        default -> p.skipChildren();
      }
    }
    return new TPricing(model, amount, currency, unit);
  }

  private static TKpi kpi(JsonParser p) throws IOException {
    String id = null, name = null, description = null, unit = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    Direction direction = null;
    BigDecimal target = null, baseline = null;
    List<String> measures = List.of();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "properties" -> properties = properties(p);
        case "unit" -> unit = p.getText();
        case "direction" -> direction = code(Direction.fromCode(p.getText()));
        case "target" -> target = p.getDecimalValue();
        case "baseline" -> baseline = p.getDecimalValue();
        case "measures" -> measures = strings(p);
        default -> p.skipChildren();
      }
    }
    return new TKpi(id, name, description, properties, unit, direction, target, baseline, measures);
  }

  private static TAssignment assignment(JsonParser p) throws IOException {
    String role = null, target = null;
    Responsibility responsibility = null;
    SortedMap<String, String> properties = Collections.emptySortedMap();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "role" -> role = p.getText();
        case "target" -> target = p.getText();
        case "responsibility" -> responsibility = code(Responsibility.fromCode(p.getText()));
        case "properties" -> properties = properties(p);
        default -> p.skipChildren();
      }
    }
    return new TAssignment(role, target, responsibility, properties);
  }
}
