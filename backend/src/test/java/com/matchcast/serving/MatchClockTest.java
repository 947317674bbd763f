package com.matchcast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.support.HandClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MatchClockTest {

  @Test
  void aReplayStandsStillUntilRunThenRunsAtItsSpeed() {
    HandClock real = new HandClock(Instant.parse("2026-11-29T10:00:00Z"));
    MatchClock replay = MatchClock.replay(real, Instant.parse("2023-08-09T00:00:00Z"), 7200);

    real.advance(Duration.ofMinutes(3));
    assertThat(replay.now()).as("the first model is still training").isEqualTo(Instant.parse("2023-08-09T00:00:00Z"));
    replay.run();
    real.advance(Duration.ofSeconds(30));

    assertThat(replay.now()).as("30 s at two hours a second").isEqualTo(Instant.parse("2023-08-11T12:00:00Z"));
    assertThat(replay.today()).isEqualTo(java.time.LocalDate.of(2023, 8, 11));
    assertThat(replay.isReplay()).isTrue();
  }

  @Test
  void aLiveClockIsTheRealOne() {
    HandClock real = new HandClock(Instant.parse("2026-11-29T10:00:00Z"));
    MatchClock live = MatchClock.live(real);
    real.advance(Duration.ofSeconds(30));
    assertThat(live.now()).isEqualTo(Instant.parse("2026-11-29T10:00:30Z"));
    assertThat(live.isReplay()).isFalse();
  }
}
