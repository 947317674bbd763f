package com.matchcast.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shared stream is named after the database unless configured; retention has a floor. */
class EventSettingsTest {

  @Test
  void withoutAStreamSettingInstallationsOnDifferentDatabasesGetDifferentStreams() {
    EventSettings defaults = new EventSettings(null, null, null);

    assertThat(defaults.streamFor("r2dbc:mysql://db.internal:3306/matchcast"))
        .isEqualTo("matchcast:events:352633999b7c");
    assertThat(defaults.streamFor("r2dbc:mysql://db.internal:3306/matchcast_staging"))
        .isEqualTo("matchcast:events:f1eb7a339359");
    assertThat(defaults.retention()).isEqualTo(10_000);
    assertThat(defaults.redisTimeout()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aConfiguredStreamIsUsedWhateverTheDatabase() {
    assertThat(new EventSettings(" shared:events ", 500, null).streamFor("r2dbc:mysql://db.internal:3306/matchcast"))
        .isEqualTo("shared:events");
  }

  @Test
  void aRetentionBelowOneHundredIsRefused() {
    assertThatThrownBy(() -> new EventSettings(null, 99, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matchcast.events.retention must be at least 100 entries, got 99");
  }
}
