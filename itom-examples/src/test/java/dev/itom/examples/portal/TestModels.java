package dev.itom.examples.portal;

import static com.google.common.base.Preconditions.checkState;

import dev.itom.json.ItomJson;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The models the portal tests store: the reference model under a fresh id, edited a little. */
final class TestModels {
  private static final OperatingModel REFERENCE = Templates.referenceModel();

  private TestModels() {}

  /** {@return an id no earlier run used, so that runs on one database do not meet} */
  static String freshId(String purpose) {
    return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** {@return the reference model as {@code itom/1} JSON, with this id and name} */
  static byte[] json(String id, String name) {
    return json(id, REFERENCE.withName(name));
  }

  /** {@return the reference model as JSON, with this id, name and description} */
  static byte[] json(String id, String name, String description) {
    return json(id, REFERENCE.withName(name).withDescription(description));
  }

  /** {@return a model as JSON under another id (the model has no wither for its id)} */
  static byte[] json(String id, OperatingModel model) {
    String json = ItomJson.writer().writeToString(model);
    String own = "\"id\": \"" + model.id() + "\"";
    int at = json.indexOf(own);
    checkState(at >= 0 && at < json.indexOf("\"roles\""), "the model's id is not first");
    return json.replaceFirst(own, "\"id\": \"" + id + "\"").getBytes(StandardCharsets.UTF_8);
  }
}
