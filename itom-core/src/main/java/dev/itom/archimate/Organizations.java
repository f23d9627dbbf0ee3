package dev.itom.archimate;

import dev.itom.model.Element;
import dev.itom.model.Offering;
import dev.itom.model.OperatingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The folders of the export, grouped as the map groups things: value chains with their stages under
 * Strategy; roles, consumers, artifacts, support processes by category and offerings with their
 * options under Business; KPIs under Motivation; then the relations and the view. A folder with
 * nothing in it is left out, as the schema gives an empty one no meaning.
 */
final class Organizations {
  private final OperatingModel model;
  private final String lang;
  private final Map<String, String> ids;
  private final List<Exporter.Rel> relationships;
  private final String viewId;

  Organizations(
      OperatingModel model,
      String lang,
      Map<String, String> ids,
      List<Exporter.Rel> relationships,
      String viewId) {
    this.model = model;
    this.lang = lang;
    this.ids = ids;
    this.relationships = relationships;
    this.viewId = viewId;
  }

  void write(Xml xml) {
    xml.start("organizations");
    if (!model.valueChains().isEmpty()) {
      folder(xml, "Strategy");
      folder(xml, "Value chains");
      for (ValueChain chain : model.valueChains()) {
        folder(xml, chain.name());
        ref(xml, Mapping.lookup(ids, chain.id()));
        refs(xml, chain.stages());
        xml.end("item");
      }
      xml.end("item").end("item");
    }
    boolean business =
        !(model.roles().isEmpty()
            && model.consumers().isEmpty()
            && model.artifacts().isEmpty()
            && model.processes().isEmpty()
            && model.offerings().isEmpty());
    if (business) {
      folder(xml, "Business");
    }
    group(xml, "Roles", model.roles());
    group(xml, "Consumers", model.consumers());
    group(xml, "Artifacts", model.artifacts());
    if (!model.processes().isEmpty()) {
      folder(xml, "Support processes");
      for (ProcessCategory category : ProcessCategory.values()) {
        List<SupportProcess> processes = model.processes(category);
        group(xml, category.code(), processes);
      }
      xml.end("item");
    }
    if (!model.offerings().isEmpty()) {
      folder(xml, "Offerings");
      for (Offering offering : model.offerings()) {
        ref(xml, Mapping.lookup(ids, offering.id()));
        refs(xml, offering.options());
      }
      xml.end("item");
    }
    if (business) {
      xml.end("item");
    }
    if (!model.kpis().isEmpty()) {
      folder(xml, "Motivation");
      group(xml, "KPIs", model.kpis());
      xml.end("item");
    }
    if (!relationships.isEmpty()) {
      folder(xml, "Relations");
      for (Exporter.Rel r : relationships) {
        ref(xml, r.id());
      }
      xml.end("item");
    }
    folder(xml, "Views");
    ref(xml, viewId);
    xml.end("item");
    xml.end("organizations");
  }

  private void group(Xml xml, String label, List<? extends Element> elements) {
    if (!elements.isEmpty()) {
      folder(xml, label);
      refs(xml, elements);
      xml.end("item");
    }
  }

  private void folder(Xml xml, String label) {
    xml.start("item").text("label", lang, Xml.visible(label));
  }

  private void refs(Xml xml, List<? extends Element> elements) {
    List<String> refs = new ArrayList<>();
    for (Element e : elements) {
      refs.add(Mapping.lookup(ids, e.id()));
    }
    for (String r : refs) {
      ref(xml, r);
    }
  }

  private static void ref(Xml xml, String id) {
    xml.start("item").attr("identifier" + "Ref", id).end("item");
  }
}
