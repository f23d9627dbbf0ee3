-- The portal's one table, for H2 and PostgreSQL alike, created on start when missing. Every
-- accepted version of every model is a row; the primary key (model_id, version_no) is what
-- serializes the writers of one model: of two writers that both build version n + 1, the
-- database accepts one insert and rejects the other.
CREATE TABLE IF NOT EXISTS itom_model_version (
  model_id VARCHAR(128) NOT NULL,
  version_no INTEGER NOT NULL,
  etag VARCHAR(80) NOT NULL,
  name TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT itom_model_version_pk PRIMARY KEY (model_id, version_no)
);
