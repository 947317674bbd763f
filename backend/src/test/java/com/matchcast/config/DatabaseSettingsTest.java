package com.matchcast.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void blankUrlMeansTheEmbeddedH2FileUnderTheDataDirectory() {
    Map<String, Object> props = DatabaseSettings.derive("", "root", "", "/tmp/mc");
    assertThat(props.get("spring.r2dbc.url")).asString().startsWith("r2dbc:h2:file:////tmp/mc/matchcast?options=MODE=MySQL");
    assertThat(props.get("spring.flyway.url")).asString().startsWith("jdbc:h2:file:/tmp/mc/matchcast;MODE=MySQL");
  }

  @Test
  void aMysqlUrlDrivesBothR2dbcAndFlyway() {
    Map<String, Object> props = DatabaseSettings.derive("r2dbc:mysql://db.example:3307/matchcast", "mc", "secret", "./data");
    assertThat(props).containsEntry("spring.r2dbc.url", "r2dbc:mysql://db.example:3307/matchcast")
        .containsEntry("spring.flyway.url", "jdbc:mariadb://db.example:3307/matchcast?createDatabaseIfNotExist=true")
        .containsEntry("spring.r2dbc.username", "mc")
        .containsEntry("spring.flyway.password", "secret");
  }

  @Test
  void aMalformedUrlIsRefusedWithAnExample() {
    assertThatThrownBy(() -> DatabaseSettings.derive("mysql://localhost/x", "", "", "./data"))
        .hasMessageContaining("r2dbc:mysql://host:3306/matchcast");
  }
}
