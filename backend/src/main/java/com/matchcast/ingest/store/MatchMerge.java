package com.matchcast.ingest.store;

import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatistics;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges what a source says now about a stored match into what is stored. A record never takes
 * anything away: a value it lacks (a truncated row, a price refused as impossible, a statistic
 * the source stopped giving) keeps the stored one; a value it gives that differs is a correction
 * and is named in {@link Change#fields()}. A finished match never goes back to scheduled.
 */
final class MatchMerge {

  private MatchMerge() {}

  /**
   * What changes for one match.
   *
   * @param match       the merged match row, or null when the row stays as it is
   * @param statistics  the merged statistics, or null when they stay as they are
   * @param oddsAdded   prices the store did not have for this source
   * @param oddsUpdated stored price rows whose prices were corrected, merged
   * @param fields      names of what changed, for the run summary
   */
  record Change(StoredDetails.MatchValues match, MatchStatistics statistics, boolean statisticsStored,
      List<OddsQuote> oddsAdded, List<StoredDetails.StoredQuote> oddsUpdated, List<String> fields) {

    boolean isEmpty() {
      return fields.isEmpty();
    }
  }

  static Change of(MatchRecord record, StoredDetails.Stored stored) {
    List<String> fields = new ArrayList<>();
    StoredDetails.MatchValues match = mergeMatch(record, stored.match(), fields);
    MatchStatistics statistics = mergeStatistics(record.statistics(), stored.statistics(), fields);
    List<OddsQuote> added = new ArrayList<>();
    List<StoredDetails.StoredQuote> updated = new ArrayList<>();
    mergeOdds(record.odds(), stored.odds(), added, updated, fields);
    return new Change(match, statistics, stored.statistics() != null, added, updated, List.copyOf(fields));
  }

  private static StoredDetails.MatchValues mergeMatch(MatchRecord r, StoredDetails.MatchValues s, List<String> fields) {
    int before = fields.size();
    StoredDetails.MatchValues merged = new StoredDetails.MatchValues(
        value("date", r.date(), s.date(), fields),
        value("kickoff", r.kickoffUtc(), s.kickoff(), fields),
        status(r.status(), s.status(), fields),
        value("home goals", r.homeGoals(), s.homeGoals(), fields),
        value("away goals", r.awayGoals(), s.awayGoals(), fields),
        value("home goals at half time", r.homeGoalsHalfTime(), s.homeGoalsHalfTime(), fields),
        value("away goals at half time", r.awayGoalsHalfTime(), s.awayGoalsHalfTime(), fields),
        value("referee", r.referee(), s.referee(), fields),
        value("venue", r.venue(), s.venue(), fields),
        value("attendance", r.attendance(), s.attendance(), fields));
    return fields.size() == before ? null : merged;
  }

  /** Scheduled, live and finished only move forward; postponed and cancelled may follow any. */
  private static MatchStatus status(MatchStatus given, MatchStatus stored, List<String> fields) {
    if (given == null || given == stored || stored == MatchStatus.FINISHED && given != MatchStatus.CANCELLED
        && given != MatchStatus.POSTPONED || stored == MatchStatus.LIVE && given == MatchStatus.SCHEDULED) {
      return stored;
    }
    fields.add("status");
    return given;
  }

  private static MatchStatistics mergeStatistics(MatchStatistics given, MatchStatistics stored, List<String> fields) {
    if (given == null || given.isEmpty()) {
      return null;
    }
    MatchStatistics base = stored != null ? stored
        : new MatchStatistics(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    int before = fields.size();
    MatchStatistics merged = new MatchStatistics(
        value("home shots", given.homeShots(), base.homeShots(), fields),
        value("away shots", given.awayShots(), base.awayShots(), fields),
        value("home shots on target", given.homeShotsOnTarget(), base.homeShotsOnTarget(), fields),
        value("away shots on target", given.awayShotsOnTarget(), base.awayShotsOnTarget(), fields),
        value("home corners", given.homeCorners(), base.homeCorners(), fields),
        value("away corners", given.awayCorners(), base.awayCorners(), fields),
        value("home fouls", given.homeFouls(), base.homeFouls(), fields),
        value("away fouls", given.awayFouls(), base.awayFouls(), fields),
        value("home yellow cards", given.homeYellowCards(), base.homeYellowCards(), fields),
        value("away yellow cards", given.awayYellowCards(), base.awayYellowCards(), fields),
        value("home red cards", given.homeRedCards(), base.homeRedCards(), fields),
        value("away red cards", given.awayRedCards(), base.awayRedCards(), fields),
        value("home expected goals", given.homeExpectedGoals(), base.homeExpectedGoals(), fields),
        value("away expected goals", given.awayExpectedGoals(), base.awayExpectedGoals(), fields));
    return fields.size() == before ? null : merged;
  }

  private static void mergeOdds(List<OddsQuote> given, List<StoredDetails.StoredQuote> stored,
      List<OddsQuote> added, List<StoredDetails.StoredQuote> updated, List<String> fields) {
    Map<String, StoredDetails.StoredQuote> byKey = new LinkedHashMap<>();
    stored.forEach(q -> byKey.putIfAbsent(key(q.quote()), q));
    for (OddsQuote quote : given) {
      StoredDetails.StoredQuote existing = byKey.get(key(quote));
      if (existing == null) {
        added.add(quote);
        byKey.put(key(quote), new StoredDetails.StoredQuote(-1, quote));
        fields.add(name(quote) + " added");
      } else if (existing.id() >= 0) {
        OddsQuote merged = mergePrices(quote, existing.quote());
        if (!samePrices(existing.quote(), merged)) {
          updated.add(new StoredDetails.StoredQuote(existing.id(), merged));
          fields.add(name(quote));
        }
      }
    }
  }

  private static OddsQuote mergePrices(OddsQuote given, OddsQuote stored) {
    return new OddsQuote(stored.bookmaker(), stored.market(), stored.line(), stored.closing(),
        price(given.home(), stored.home()), price(given.draw(), stored.draw()), price(given.away(), stored.away()),
        price(given.over(), stored.over()), price(given.under(), stored.under()), price(given.yes(), stored.yes()),
        price(given.no(), stored.no()), stored.collectedAt());
  }

  private static boolean samePrices(OddsQuote stored, OddsQuote merged) {
    List<Function<OddsQuote, BigDecimal>> prices = List.of(OddsQuote::home, OddsQuote::draw, OddsQuote::away,
        OddsQuote::over, OddsQuote::under, OddsQuote::yes, OddsQuote::no);
    return prices.stream().allMatch(p -> sameNumber(p.apply(merged), p.apply(stored)));
  }

  private static BigDecimal price(BigDecimal given, BigDecimal stored) {
    return given != null ? given : stored;
  }

  /** One market of one bookmaker at one moment: the unit a source gives or leaves out. */
  private static String key(OddsQuote q) {
    LocalDateTime at = q.collectedAt() == null ? null : q.collectedAt().truncatedTo(ChronoUnit.SECONDS);
    return q.bookmaker() + "|" + q.market() + "|" + (q.line() == null ? "" : q.line().stripTrailingZeros().toPlainString())
        + "|" + q.closing() + "|" + at;
  }

  private static String name(OddsQuote q) {
    return "odds " + q.bookmaker() + " " + q.market() + (q.line() == null ? "" : " " + q.line().stripTrailingZeros()
        .toPlainString()) + (q.closing() ? " closing" : "");
  }

  private static <T> T value(String field, T given, T stored, List<String> fields) {
    if (given == null || same(given, stored)) {
      return stored;
    }
    fields.add(field);
    return given;
  }

  private static boolean same(Object given, Object stored) {
    if (given instanceof BigDecimal a && stored instanceof BigDecimal b) {
      return sameNumber(a, b);
    }
    if (given instanceof LocalDateTime a && stored instanceof LocalDateTime b) {
      return a.truncatedTo(ChronoUnit.SECONDS).equals(b.truncatedTo(ChronoUnit.SECONDS));
    }
    return Objects.equals(given, stored);
  }

  /** {@code stored} comes back at its column's scale; a given value is compared as it would be stored. */
  private static boolean sameNumber(BigDecimal given, BigDecimal stored) {
    return given == null ? stored == null
        : stored != null && given.setScale(stored.scale(), RoundingMode.HALF_UP).compareTo(stored) == 0;
  }
}
