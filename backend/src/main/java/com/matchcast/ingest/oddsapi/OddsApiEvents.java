package com.matchcast.ingest.oddsapi;

import static com.matchcast.ingest.collect.JsonFields.decimal;
import static com.matchcast.ingest.collect.JsonFields.integer;
import static com.matchcast.ingest.collect.JsonFields.text;
import static com.matchcast.ingest.collect.JsonFields.utc;

import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.ingest.RejectedRecord;
import com.matchcast.ingest.collect.BatchBuilder;
import com.matchcast.ingest.collect.LeagueZones;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.matchdata.SeasonCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns The Odds API events into match records: the odds board (h2h and totals per bookmaker,
 * at each market's last_update) and the scores of completed events.
 */
class OddsApiEvents {

  private final LeagueDefinition league;

  OddsApiEvents(LeagueDefinition league) {
    this.league = league;
  }

  void mapOdds(JsonNode event, String location, LocalDateTime now, BatchBuilder batch) {
    MatchRecord base = base(event, location, batch);
    if (base == null) {
      return;
    }
    MatchStatus status = base.kickoffUtc().isAfter(now) ? MatchStatus.SCHEDULED : MatchStatus.LIVE;
    batch.accept(withStatus(base, status, null, null).withOdds(quotes(event, base.homeTeam(), base.awayTeam())));
  }

  /** Only completed events are results; the others are on the odds board already. */
  void mapScore(JsonNode event, String location, BatchBuilder batch) {
    if (!event.path("completed").asBoolean(false)) {
      return;
    }
    MatchRecord base = base(event, location, batch);
    if (base == null) {
      return;
    }
    Map<String, Integer> scores = new HashMap<>();
    event.path("scores").forEach(s -> scores.put(text(s.path("name")), integer(s.path("score"))));
    Integer home = scores.get(base.homeTeam());
    Integer away = scores.get(base.awayTeam());
    if (home == null || away == null) {
      batch.reject(reject(event, location, "missing score"));
      return;
    }
    batch.accept(withStatus(base, MatchStatus.FINISHED, home, away));
  }

  private MatchRecord base(JsonNode event, String location, BatchBuilder batch) {
    String home = text(event.path("home_team"));
    String away = text(event.path("away_team"));
    LocalDateTime kickoff = utc(event.path("commence_time"));
    if (home == null || away == null) {
      batch.reject(reject(event, location, "missing teams"));
      return null;
    }
    if (kickoff == null) {
      batch.reject(reject(event, location, "missing date"));
      return null;
    }
    LocalDate date = kickoff.atOffset(ZoneOffset.UTC).atZoneSameInstant(LeagueZones.of(league.country())).toLocalDate();
    return new MatchRecord(OddsApiCollector.SOURCE, location, league.code(), SeasonCodes.seasonOf(date), date, kickoff,
        home, away, MatchStatus.SCHEDULED, null, null, null, null, null, null, null, null,
        text(event.path("id")), null, null, event.toString());
  }

  private static MatchRecord withStatus(MatchRecord r, MatchStatus status, Integer home, Integer away) {
    return new MatchRecord(r.source(), r.location(), r.leagueCode(), r.seasonCode(), r.date(), r.kickoffUtc(),
        r.homeTeam(), r.awayTeam(), status, home, away, null, null, null, null, null, null, r.externalId(), null,
        r.odds(), r.rawContent());
  }

  private RejectedRecord reject(JsonNode event, String location, String reason) {
    return new RejectedRecord(location, event.toString(), reason, league.code(), null);
  }

  private static List<OddsQuote> quotes(JsonNode event, String home, String away) {
    List<OddsQuote> quotes = new ArrayList<>();
    for (JsonNode bookmaker : event.path("bookmakers")) {
      String title = text(bookmaker.path("title"));
      for (JsonNode market : bookmaker.path("markets")) {
        LocalDateTime at = utc(market.path("last_update"));
        String key = text(market.path("key"));
        if (title != null && "h2h".equals(key)) {
          Map<String, BigDecimal> p = prices(market, false);
          if (p.get(home) != null && p.get("Draw") != null && p.get(away) != null) {
            quotes.add(OddsQuote.oneXTwo(title, false, p.get(home), p.get("Draw"), p.get(away), at));
          }
        } else if (title != null && "totals".equals(key)) {
          quotes.addAll(totals(title, market, at));
        }
      }
    }
    return quotes;
  }

  private static List<OddsQuote> totals(String bookmaker, JsonNode market, LocalDateTime at) {
    Map<String, BigDecimal> p = prices(market, true);
    List<OddsQuote> quotes = new ArrayList<>();
    for (String label : p.keySet()) {
      if (label.startsWith("Over ")) {
        BigDecimal line = new BigDecimal(label.substring(5));
        BigDecimal under = p.get("Under " + label.substring(5));
        if (under != null) {
          quotes.add(OddsQuote.overUnder(bookmaker, false, line, p.get(label), under, at));
        }
      }
    }
    return quotes;
  }

  /** Outcome name (with its point for totals, "Over 2.5") to price; prices not above 1 are left out. */
  private static Map<String, BigDecimal> prices(JsonNode market, boolean withPoint) {
    Map<String, BigDecimal> prices = new HashMap<>();
    for (JsonNode outcome : market.path("outcomes")) {
      BigDecimal price = decimal(outcome.path("price"));
      BigDecimal point = decimal(outcome.path("point"));
      String name = text(outcome.path("name"));
      if (name == null || price == null || price.compareTo(BigDecimal.ONE) <= 0 || (withPoint && point == null)) {
        continue;
      }
      prices.put(withPoint ? name + " " + point.stripTrailingZeros().toPlainString() : name, price);
    }
    return prices;
  }
}
