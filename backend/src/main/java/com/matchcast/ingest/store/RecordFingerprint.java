package com.matchcast.ingest.store;

import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatistics;
import com.matchcast.matchdata.OddsQuote;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything a record says about its match (not where it was read from), so that
 * re-reading a changed file touches only the matches whose content really changed.
 */
final class RecordFingerprint {

  private RecordFingerprint() {}

  static String of(MatchRecord r) {
    StringBuilder text = new StringBuilder(512);
    append(text, r.leagueCode(), r.seasonCode(), r.date(), r.kickoffUtc(), r.homeTeam(), r.awayTeam(), r.status(),
        r.homeGoals(), r.awayGoals(), r.homeGoalsHalfTime(), r.awayGoalsHalfTime(), r.referee(), r.venue(),
        r.attendance(), r.externalId());
    MatchStatistics s = r.statistics();
    if (s != null) {
      append(text, s.homeShots(), s.awayShots(), s.homeShotsOnTarget(), s.awayShotsOnTarget(), s.homeCorners(),
          s.awayCorners(), s.homeFouls(), s.awayFouls(), s.homeYellowCards(), s.awayYellowCards(), s.homeRedCards(),
          s.awayRedCards(), s.homeExpectedGoals(), s.awayExpectedGoals());
    }
    for (OddsQuote q : r.odds()) {
      append(text, q.bookmaker(), q.market(), q.line(), q.closing(), q.home(), q.draw(), q.away(), q.over(),
          q.under(), q.yes(), q.no(), q.collectedAt());
    }
    return md5(text.toString());
  }

  private static void append(StringBuilder text, Object... values) {
    for (Object value : values) {
      text.append(value).append('\u001f');
    }
    text.append('\u001e');
  }

  private static String md5(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java runtime", e);
    }
  }
}
