package dev.itom.examples.portal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One accepted version of a model as the database holds it: its number (from 1), its entity tag,
 * the model's name, the canonical {@code itom/1} JSON and when it was accepted.
 *
 * @param modelId the model's id
 * @param number the version number, from 1
 * @param etag the strong entity tag, quotes included, as sent in {@code ETag}
 * @param name the model's name, for listings
 * @param body the canonical JSON of the model
 * @param created when the version was accepted
 */
record StoredVersion(
    String modelId, int number, String etag, String name, String body, Instant created) {
  StoredVersion {
    checkNotNull(modelId, "modelId");
    checkNotNull(etag, "etag");
    checkNotNull(name, "name");
    checkNotNull(body, "body");
    checkNotNull(created, "created");
  }

  /**
   * A new version: its entity tag is its number and a hash of its bytes, so that two versions never
   * share a tag, not even when one restores the other's content.
   */
  static StoredVersion of(String modelId, int number, String name, String body, Instant created) {
    String hash =
        Hashing.sha256().hashString(body, StandardCharsets.UTF_8).toString().substring(0, 20);
    return new StoredVersion(
        modelId, number, "\"" + number + "-" + hash + "\"", name, body, created);
  }

  /** {@return the canonical JSON as UTF-8 bytes} */
  byte[] bytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
