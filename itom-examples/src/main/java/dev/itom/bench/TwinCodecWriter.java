package dev.itom.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The writing half of {@link TwinStreamingCodec}: {@link Twin} records to compact {@code itom/1}
 * JSON in canonical field order, empty and absent values left out. Jackson's streaming generator
 * only; nothing of itom's writer.
 */
final class TwinCodecWriter {
  private static final SerializedString F_FORMAT = new SerializedString("format");
  private static final SerializedString F_ID = new SerializedString("id");
  private static final SerializedString F_NAME = new SerializedString("name");
  private static final SerializedString F_VERSION = new SerializedString("version");
  private static final SerializedString F_DESCRIPTION = new SerializedString("description");
  private static final SerializedString F_PROPERTIES = new SerializedString("properties");
  private static final SerializedString F_ROLES = new SerializedString("roles");
  private static final SerializedString F_CONSUMERS = new SerializedString("consumers");
  private static final SerializedString F_ARTIFACTS = new SerializedString("artifacts");
  private static final SerializedString F_VALUE_CHAINS = new SerializedString("valueChains");
  private static final SerializedString F_PROCESSES = new SerializedString("processes");
  private static final SerializedString F_ALIGNMENTS = new SerializedString("alignments");
  private static final SerializedString F_OFFERINGS = new SerializedString("offerings");
  private static final SerializedString F_KPIS = new SerializedString("kpis");
  private static final SerializedString F_ASSIGNMENTS = new SerializedString("assignments");
  private static final SerializedString F_KIND = new SerializedString("kind");
  private static final SerializedString F_STAGES = new SerializedString("stages");
  private static final SerializedString F_OWNER = new SerializedString("owner");
  private static final SerializedString F_QUESTIONS = new SerializedString("questions");
  private static final SerializedString F_CONSUMES = new SerializedString("consumes");
  private static final SerializedString F_PRODUCES = new SerializedString("produces");
  private static final SerializedString F_CATEGORY = new SerializedString("category");
  private static final SerializedString F_SUPPORTS = new SerializedString("supports");
  private static final SerializedString F_FRAMEWORKS = new SerializedString("frameworks");
  private static final SerializedString F_FRAMEWORK = new SerializedString("framework");
  private static final SerializedString F_REF = new SerializedString("ref");
  private static final SerializedString F_FROM = new SerializedString("from");
  private static final SerializedString F_TO = new SerializedString("to");
  private static final SerializedString F_TYPE = new SerializedString("type");
  private static final SerializedString F_DELIVERY = new SerializedString("delivery");
  private static final SerializedString F_LIFECYCLE = new SerializedString("lifecycle");
  private static final SerializedString F_REALIZED_BY = new SerializedString("realizedBy");
  private static final SerializedString F_PRICING = new SerializedString("pricing");
  private static final SerializedString F_VALUE_PROPOSITION =
      new SerializedString("valueProposition");
  private static final SerializedString F_OPTIONS = new SerializedString("options");
  private static final SerializedString F_LEAD_TIME = new SerializedString("leadTime");
  private static final SerializedString F_SERVICE_LEVELS = new SerializedString("serviceLevels");
  private static final SerializedString F_ALTERNATIVES = new SerializedString("alternatives");
  private static final SerializedString F_MODEL = new SerializedString("model");
  private static final SerializedString F_AMOUNT = new SerializedString("amount");
  private static final SerializedString F_CURRENCY = new SerializedString("currency");
  private static final SerializedString F_UNIT = new SerializedString("unit");
  private static final SerializedString F_DIRECTION = new SerializedString("direction");
  private static final SerializedString F_TARGET = new SerializedString("target");
  private static final SerializedString F_BASELINE = new SerializedString("baseline");
  private static final SerializedString F_MEASURES = new SerializedString("measures");
  private static final SerializedString F_ROLE = new SerializedString("role");
  private static final SerializedString F_RESPONSIBILITY = new SerializedString("responsibility");

  private TwinCodecWriter() {}

  /**
   * Writes a twin as compact UTF-8 JSON; the stream is flushed, not closed.
   *
   * @param model the twin
   * @param out the stream
   * @throws IOException if writing fails
   */
  static void write(TModel model, OutputStream out) throws IOException {
    try (JsonGenerator g = TwinStreamingCodec.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      string(g, F_FORMAT, model.format());
      string(g, F_ID, model.id());
      string(g, F_NAME, model.name());
      string(g, F_VERSION, model.version());
      string(g, F_DESCRIPTION, model.description());
      properties(g, model.properties());
      if (!empty(model.roles())) {
        g.writeFieldName(F_ROLES);
        g.writeStartArray();
        for (TRole r : model.roles()) {
          g.writeStartObject();
          common(g, r.id(), r.name(), r.description(), r.properties());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!empty(model.consumers())) {
        g.writeFieldName(F_CONSUMERS);
        g.writeStartArray();
        for (TConsumer c : model.consumers()) {
          g.writeStartObject();
          common(g, c.id(), c.name(), c.description(), c.properties());
          string(g, F_KIND, c.kind().code());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!empty(model.artifacts())) {
        g.writeFieldName(F_ARTIFACTS);
        g.writeStartArray();
        for (TArtifact a : model.artifacts()) {
          g.writeStartObject();
          common(g, a.id(), a.name(), a.description(), a.properties());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!empty(model.valueChains())) {
        g.writeFieldName(F_VALUE_CHAINS);
        g.writeStartArray();
        for (TChain c : model.valueChains()) {
          g.writeStartObject();
          common(g, c.id(), c.name(), c.description(), c.properties());
          string(g, F_KIND, c.kind().code());
          if (!empty(c.stages())) {
            g.writeFieldName(F_STAGES);
            g.writeStartArray();
            for (TStage s : c.stages()) {
              g.writeStartObject();
              common(g, s.id(), s.name(), s.description(), s.properties());
              string(g, F_OWNER, s.owner());
              strings(g, F_QUESTIONS, s.questions());
              strings(g, F_CONSUMES, s.consumes());
              strings(g, F_PRODUCES, s.produces());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!empty(model.processes())) {
        g.writeFieldName(F_PROCESSES);
        g.writeStartArray();
        for (TProcess p : model.processes()) {
          g.writeStartObject();
          common(g, p.id(), p.name(), p.description(), p.properties());
          string(g, F_CATEGORY, p.category().code());
          string(g, F_OWNER, p.owner());
          strings(g, F_SUPPORTS, p.supports());
          if (!empty(p.frameworks())) {
            g.writeFieldName(F_FRAMEWORKS);
            g.writeStartArray();
            for (TFramework f : p.frameworks()) {
              g.writeStartObject();
              string(g, F_FRAMEWORK, f.framework());
              string(g, F_REF, f.ref());
              string(g, F_NAME, f.name());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!empty(model.alignments())) {
        g.writeFieldName(F_ALIGNMENTS);
        g.writeStartArray();
        for (TAlignment a : model.alignments()) {
          g.writeStartObject();
          string(g, F_FROM, a.from());
          string(g, F_TO, a.to());
          string(g, F_KIND, a.kind().code());
          string(g, F_DESCRIPTION, a.description());
          properties(g, a.properties());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!empty(model.offerings())) {
        g.writeFieldName(F_OFFERINGS);
        g.writeStartArray();
        for (TOffering o : model.offerings()) {
          g.writeStartObject();
          common(g, o.id(), o.name(), o.description(), o.properties());
          string(g, F_TYPE, o.type().code());
          string(g, F_CATEGORY, o.category());
          string(g, F_DELIVERY, o.delivery() == null ? null : o.delivery().code());
          string(g, F_LIFECYCLE, o.lifecycle().code());
          string(g, F_OWNER, o.owner());
          strings(g, F_CONSUMERS, o.consumers());
          strings(g, F_REALIZED_BY, o.realizedBy());
          pricing(g, o.pricing());
          string(g, F_VALUE_PROPOSITION, o.valueProposition());
          if (!empty(o.options())) {
            g.writeFieldName(F_OPTIONS);
            g.writeStartArray();
            for (TOption t : o.options()) {
              g.writeStartObject();
              common(g, t.id(), t.name(), t.description(), t.properties());
              pricing(g, t.pricing());
              string(g, F_LEAD_TIME, t.leadTime());
              if (!empty(t.serviceLevels())) {
                g.writeFieldName(F_SERVICE_LEVELS);
                g.writeStartArray();
                for (TServiceLevel l : t.serviceLevels()) {
                  g.writeStartObject();
                  string(g, F_NAME, l.name());
                  decimal(g, F_TARGET, l.target());
                  string(g, F_UNIT, l.unit());
                  g.writeEndObject();
                }
                g.writeEndArray();
              }
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          if (!empty(o.alternatives())) {
            g.writeFieldName(F_ALTERNATIVES);
            g.writeStartArray();
            for (TAlternative a : o.alternatives()) {
              g.writeStartObject();
              string(g, F_NAME, a.name());
              string(g, F_DESCRIPTION, a.description());
              pricing(g, a.pricing());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!empty(model.kpis())) {
        g.writeFieldName(F_KPIS);
        g.writeStartArray();
        for (TKpi k : model.kpis()) {
          g.writeStartObject();
          common(g, k.id(), k.name(), k.description(), k.properties());
          string(g, F_UNIT, k.unit());
          string(g, F_DIRECTION, k.direction().code());
          decimal(g, F_TARGET, k.target());
          decimal(g, F_BASELINE, k.baseline());
          strings(g, F_MEASURES, k.measures());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!empty(model.assignments())) {
        g.writeFieldName(F_ASSIGNMENTS);
        g.writeStartArray();
        for (TAssignment a : model.assignments()) {
          g.writeStartObject();
          string(g, F_ROLE, a.role());
          string(g, F_TARGET, a.target());
          string(g, F_RESPONSIBILITY, a.responsibility().code());
          properties(g, a.properties());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.flush();
    }
  }

  private static boolean empty(@Nullable List<?> list) {
    return list == null || list.isEmpty();
  }

  private static void string(JsonGenerator g, SerializableString field, @Nullable String value)
      throws IOException {
    if (value != null) {
      g.writeFieldName(field);
      g.writeString(value);
    }
  }

  private static void decimal(JsonGenerator g, SerializableString field, @Nullable BigDecimal value)
      throws IOException {
    if (value != null) {
      g.writeFieldName(field);
      g.writeNumber(value);
    }
  }

  private static void strings(
      JsonGenerator g, SerializableString field, @Nullable List<String> values) throws IOException {
    if (!empty(values)) {
      g.writeFieldName(field);
      g.writeStartArray();
      for (int i = 0; i < values.size(); i++) {
        g.writeString(values.get(i));
      }
      g.writeEndArray();
    }
  }

  private static void properties(JsonGenerator g, @Nullable Map<String, String> properties)
      throws IOException {
    if (properties != null && !properties.isEmpty()) {
      g.writeFieldName(F_PROPERTIES);
      g.writeStartObject();
      for (Map.Entry<String, String> e : properties.entrySet()) {
        g.writeFieldName(e.getKey());
        g.writeString(e.getValue());
      }
      g.writeEndObject();
    }
  }

  private static void pricing(JsonGenerator g, @Nullable TPricing p) throws IOException {
    if (p != null) {
      g.writeFieldName(F_PRICING);
      g.writeStartObject();
      string(g, F_MODEL, p.model().code());
      decimal(g, F_AMOUNT, p.amount());
      string(g, F_CURRENCY, p.currency());
      string(g, F_UNIT, p.unit());
      g.writeEndObject();
    }
  }

  private static void common(
      JsonGenerator g,
      String id,
      String name,
      @Nullable String description,
      @Nullable Map<String, String> properties)
      throws IOException {
    string(g, F_ID, id);
    string(g, F_NAME, name);
    string(g, F_DESCRIPTION, description);
    properties(g, properties);
  }
}
