package com.matchcast.config;

import org.springframework.scheduling.annotation.Scheduled;

/** Matchcast's one rule for cron settings: "-" (Spring's own marker) or nothing turns a schedule off. */
public final class Crons {

  private Crons() {}

  public static boolean isOn(String cron) {
    return cron != null && !cron.isBlank() && !Scheduled.CRON_DISABLED.equals(cron);
  }
}
