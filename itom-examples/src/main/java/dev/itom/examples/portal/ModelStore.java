package dev.itom.examples.portal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The versions of every model in one table ({@code schema.sql}), over plain JDBC so that the same
 * SQL runs on H2 and PostgreSQL. Versions are only ever inserted, never updated or deleted: the
 * primary key {@code (model_id, version_no)} makes the database, not a Java lock, decide which of
 * two writers of the same next version wins, whichever portal instance each of them reached.
 */
@Component
final class ModelStore {
  private static final String COLUMNS = "model_id, version_no, etag, name, body, created_at";
  private static final String SUMMARY = "model_id, version_no, etag, name, created_at";

  private final JdbcClient jdbc;

  ModelStore(JdbcClient jdbc) {
    this.jdbc = checkNotNull(jdbc, "jdbc");
  }

  /** A model in the listing: its id, its name and its latest version, without the body. */
  record Summary(String modelId, String name, int number, String etag, Instant created) {}

  /** {@return the latest version of the model, or empty if there is no such model} */
  Optional<StoredVersion> latest(String modelId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM itom_model_version WHERE model_id = ?"
                + " ORDER BY version_no DESC FETCH FIRST 1 ROWS ONLY")
        .param(modelId)
        .query(ModelStore::version)
        .optional();
  }

  /** {@return version {@code number} of the model, or empty if it has none of that number} */
  Optional<StoredVersion> version(String modelId, int number) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM itom_model_version WHERE model_id = ? AND version_no = ?")
        .param(modelId)
        .param(number)
        .query(ModelStore::version)
        .optional();
  }

  /** {@return every version of the model, oldest first, without their bodies} */
  List<Summary> versions(String modelId) {
    return jdbc.sql(
            "SELECT " + SUMMARY + " FROM itom_model_version WHERE model_id = ? ORDER BY version_no")
        .param(modelId)
        .query(ModelStore::summary)
        .list();
  }

  /** {@return the latest version of every model, by id} */
  List<Summary> models() {
    return jdbc.sql(
            "SELECT "
                + SUMMARY
                + " FROM itom_model_version v WHERE version_no ="
                + " (SELECT MAX(w.version_no) FROM itom_model_version w"
                + " WHERE w.model_id = v.model_id) ORDER BY model_id")
        .query(ModelStore::summary)
        .list();
  }

  /**
   * Inserts a version if no version of that number exists yet.
   *
   * @return true if it was inserted, false if another writer inserted that number first
   */
  boolean insert(StoredVersion version) {
    try {
      jdbc.sql("INSERT INTO itom_model_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
          .param(version.modelId())
          .param(version.number())
          .param(version.etag())
          .param(version.name())
          .param(version.body())
          .param(OffsetDateTime.ofInstant(version.created(), ZoneOffset.UTC))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private static StoredVersion version(ResultSet rs, int row) throws SQLException {
    return new StoredVersion(
        rs.getString("model_id"),
        rs.getInt("version_no"),
        rs.getString("etag"),
        rs.getString("name"),
        rs.getString("body"),
        instant(rs));
  }

  private static Summary summary(ResultSet rs, int row) throws SQLException {
    return new Summary(
        rs.getString("model_id"),
        rs.getString("name"),
        rs.getInt("version_no"),
        rs.getString("etag"),
        instant(rs));
  }

  private static Instant instant(ResultSet rs) throws SQLException {
    OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
    if (created == null) {
      throw new SQLException("created_at is null in a row of itom_model_version");
    }
    return created.toInstant();
  }
}
