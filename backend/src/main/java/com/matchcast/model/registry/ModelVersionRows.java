package com.matchcast.model.registry;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reads model_version rows; times are stored as UTC DATETIME. */
final class ModelVersionRows {

  static final String COLUMNS = "id, name, kind, created_at, trained_from, trained_to, data_hash, seed, parameters,"
      + " features, metrics, artifact_path, artifact_sha256, promoted, status";

  private ModelVersionRows() {}

  static ModelVersion read(Readable row) {
    return new ModelVersion(row.get("id", Long.class), row.get("name", String.class), row.get("kind", String.class),
        row.get("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
        row.get("trained_from", LocalDate.class), row.get("trained_to", LocalDate.class),
        row.get("data_hash", String.class), row.get("seed", Long.class),
        RegistryJson.parameters(row.get("parameters", String.class)),
        RegistryJson.names(row.get("features", String.class)),
        RegistryJson.numbers(row.get("metrics", String.class)),
        row.get("artifact_path", String.class), row.get("artifact_sha256", String.class),
        flag(row.get("promoted")), row.get("status", String.class));
  }

  /** H2 answers a BOOLEAN with Boolean, MariaDB's TINYINT(1) may come back as a number. */
  private static boolean flag(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }
}
