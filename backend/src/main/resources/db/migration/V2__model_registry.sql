-- Model registry: one row per trained model version. The artifact itself (the serialized model
-- or ensemble) is a file under matchcast.models.dir; artifact_path is relative to that directory
-- and artifact_sha256 guards it against a swapped or damaged file. JSON columns hold text.
-- Runs unchanged on H2 (MODE=MySQL) and MariaDB.

CREATE TABLE model_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    trained_from     DATE         NULL,
    trained_to       DATE         NULL,
    data_hash        CHAR(64)     NULL,
    seed             BIGINT       NOT NULL,
    parameters       TEXT         NOT NULL,
    features         TEXT         NOT NULL,
    metrics          TEXT         NOT NULL,
    artifact_path    VARCHAR(500) NOT NULL,
    artifact_sha256  CHAR(64)     NOT NULL,
    promoted         BOOLEAN      NOT NULL DEFAULT FALSE,
    status           VARCHAR(16)  NOT NULL,
    CONSTRAINT uq_model_artifact UNIQUE (artifact_path),
    CONSTRAINT ck_model_status CHECK (status IN ('READY', 'RETIRED')),
    CONSTRAINT ck_model_window CHECK (trained_to >= trained_from)
);
CREATE INDEX ix_model_name ON model_version (name, created_at);
CREATE INDEX ix_model_promoted ON model_version (promoted);
