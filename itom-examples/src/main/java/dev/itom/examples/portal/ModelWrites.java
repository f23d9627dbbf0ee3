package dev.itom.examples.portal;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.itom.diff.Conflict;
import dev.itom.diff.ModelMerge;
import dev.itom.json.DiffJson;
import dev.itom.model.OperatingModel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a model gets a new version: a conditional replace ({@code If-Match}) or a three-way merge of
 * an edit made on an older version with the latest one. Neither takes a lock: each computes the
 * next version from the latest it read and inserts it; if another writer inserted that number in
 * the meantime, the database refuses the insert and the writer is told so (412), or, for a merge,
 * merges again with the newer latest.
 */
@Service
final class ModelWrites {
  /** How often a clean merge is redone when other writers keep storing a newer version first. */
  private static final int MERGE_ATTEMPTS = 3;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ModelStore store;

  ModelWrites(ModelStore store) {
    this.store = checkNotNull(store, "store");
  }

  /** A stored version and whether it created the model. */
  record Written(StoredVersion version, boolean created) {}

  /**
   * Stores {@code model} as the first version of a new model, or as the next version of an existing
   * one if {@code ifMatch} names its latest version.
   *
   * @throws PortalProblem 428 without {@code If-Match} for an existing model, 412 if it names
   *     another version or another writer stored the next version first
   */
  Written put(String id, @Nullable String ifMatch, OperatingModel model) {
    Optional<StoredVersion> latest = store.latest(id);
    if (latest.isEmpty()) {
      if (ifMatch != null) {
        throw new PortalProblem(
            HttpStatus.PRECONDITION_FAILED,
            "there is no model " + id + " for If-Match to match; send no If-Match to create it");
      }
      StoredVersion first = StoredVersion.of(id, 1, model.name(), ModelBodies.json(model), now());
      if (store.insert(first)) {
        return new Written(first, true);
      }
      latest = store.latest(id);
    }
    StoredVersion current = latest.orElseThrow();
    if (ifMatch == null) {
      throw new PortalProblem(
              HttpStatus.PRECONDITION_REQUIRED,
              "model "
                  + id
                  + " exists: send If-Match with the ETag of the version you edited"
                  + " (or merge your edit with POST .../merge?base=N)")
          .with("currentETag", current.etag());
    }
    if (!matches(ifMatch, current.etag())) {
      throw stale(id, current);
    }
    StoredVersion next = next(current, model);
    if (!store.insert(next)) {
      throw stale(id, store.latest(id).orElse(current));
    }
    return new Written(next, false);
  }

  /**
   * Merges {@code theirs}, an edit of version {@code base}, with the latest version (ours) and
   * stores the merged model as the next version, unless it equals the latest one.
   *
   * @throws PortalProblem 404 if there is no such version, 409 with the conflicts, 412 if other
   *     writers stored newer versions during every attempt
   */
  StoredVersion merge(String id, int base, OperatingModel theirs) {
    StoredVersion baseVersion = requireVersion(id, base);
    OperatingModel baseModel = ModelBodies.parse(baseVersion);
    for (int attempt = 1; ; attempt++) {
      StoredVersion latest = store.latest(id).orElseThrow();
      ModelMerge merge = ModelMerge.of(baseModel, ModelBodies.parse(latest), theirs);
      if (!merge.isClean()) {
        throw new PortalProblem(
                HttpStatus.CONFLICT,
                "the edit of version "
                    + base
                    + " conflicts with version "
                    + latest.number()
                    + " in "
                    + merge.conflicts().size()
                    + " place(s); resolve them and PUT the result with If-Match")
            .with("currentETag", latest.etag())
            .with("conflicts", merge.conflicts().stream().map(ModelWrites::conflict).toList())
            .with("merge", JSON.readTree(DiffJson.write(merge)));
      }
      if (merge.model().equals(ModelBodies.parse(latest))) {
        return latest;
      }
      StoredVersion next = next(latest, merge.model());
      if (store.insert(next)) {
        return next;
      }
      if (attempt == MERGE_ATTEMPTS) {
        throw stale(id, store.latest(id).orElse(latest));
      }
    }
  }

  /**
   * {@return version {@code number} of the model}
   *
   * @throws PortalProblem 404 if the model or the version does not exist
   */
  StoredVersion requireVersion(String id, int number) {
    return store
        .version(id, number)
        .orElseThrow(
            () ->
                PortalProblem.notFound(
                    store.latest(id).isPresent()
                        ? "model " + id + " has no version " + number
                        : "there is no model " + id));
  }

  /**
   * {@return the latest version of the model}
   *
   * @throws PortalProblem 404 if there is no such model
   */
  StoredVersion requireLatest(String id) {
    return store.latest(id).orElseThrow(() -> PortalProblem.notFound("there is no model " + id));
  }

  /**
   * Whether an {@code If-Match} or {@code If-None-Match} header names the entity tag: {@code *} or
   * a list of tags; {@code weak} lets a weak tag match (for {@code If-None-Match}).
   */
  static boolean matches(String header, String etag, boolean weak) {
    for (String tag : header.split(",", -1)) {
      String t = tag.strip();
      if (weak && t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String ifMatch, String etag) {
    return matches(ifMatch, etag, false);
  }

  private static PortalProblem stale(String id, StoredVersion current) {
    return new PortalProblem(
            HttpStatus.PRECONDITION_FAILED,
            "model "
                + id
                + " has changed: version "
                + current.number()
                + " is the latest; read it, redo your edit or merge it (POST .../merge?base=N)")
        .with("currentETag", current.etag())
        .header("ETag", current.etag());
  }

  private static StoredVersion next(StoredVersion current, OperatingModel model) {
    return StoredVersion.of(
        current.modelId(), current.number() + 1, model.name(), ModelBodies.json(model), now());
  }

  private static Map<String, Object> conflict(Conflict conflict) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("code", conflict.code());
    conflict.elementId().ifPresent(element -> map.put("element", element));
    map.put("message", conflict.message());
    return map;
  }

  /** {@return now, to the millisecond, which both databases keep exactly} */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
