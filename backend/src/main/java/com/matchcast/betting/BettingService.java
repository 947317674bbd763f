package com.matchcast.betting;

import com.matchcast.betting.persistence.PickStore;
import com.matchcast.match.Match;
import com.matchcast.match.MatchService;
import com.matchcast.match.Odds;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.serving.PredictionService;
import com.matchcast.serving.ServingHorizon;
import com.matchcast.serving.UpcomingFixture;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The betting view on the serving clock: each upcoming match's latest prediction against the
 * prices the clock shows, and the strategies' records from the live ledger.
 */
@Service
public class BettingService {

  private final PredictionService predictions;
  private final PredictionLedger ledger;
  private final MatchService matches;
  private final ServingHorizon horizon;
  private final PickStore picks;
  private final BettingSettings settings;

  public BettingService(PredictionService predictions, PredictionLedger ledger, MatchService matches,
      ServingHorizon horizon, PickStore picks, BettingSettings settings) {
    this.predictions = predictions;
    this.ledger = ledger;
    this.matches = matches;
    this.horizon = horizon;
    this.picks = picks;
    this.settings = settings;
  }

  /** A match of the betting view. */
  public record MatchValue(Match match, Prediction prediction, List<ValueEdge> edges) {}

  /**
   * Every upcoming match of these leagues (all when empty) with a prediction and pre-match prices,
   * soonest first; with a minimum edge, only the selections reaching it.
   */
  public Mono<List<MatchValue>> board(Set<String> leagues, Double minEdge) {
    ServingHorizon.View view = horizon.view();
    List<UpcomingFixture> fixtures = predictions.upcoming().stream()
        .filter(f -> leagues.isEmpty() || leagues.contains(f.league())).toList();
    if (fixtures.isEmpty()) {
      return Mono.just(List.of());
    }
    List<Long> ids = fixtures.stream().map(UpcomingFixture::matchId).toList();
    Mono<Map<Long, Prediction>> latest = ledger.histories(ids)
        .filter(p -> view.showsEverything() || !p.createdAt().isAfter(view.now()))
        .collectMap(Prediction::matchId, p -> p, java.util.HashMap::new);
    Mono<Map<Long, List<Book>>> books = preMatchBooks(fixtures);
    return Mono.zip(latest, books, matches.visibleMatches(ids)).map(found -> {
      List<MatchValue> board = new ArrayList<>();
      for (UpcomingFixture fixture : fixtures) {
        Prediction prediction = found.getT1().get(fixture.matchId());
        Match match = found.getT3().get(fixture.matchId());
        if (prediction == null || match == null) {
          continue;
        }
        List<ValueEdge> edges = edges(prediction, found.getT2().getOrDefault(fixture.matchId(), List.of())).stream()
            .filter(e -> minEdge == null || e.edge() >= minEdge).toList();
        if (!edges.isEmpty()) {
          board.add(new MatchValue(match, prediction, edges));
        }
      }
      return List.copyOf(board);
    });
  }

  /** The prediction's edges against these books, with the configured Kelly fraction. */
  List<ValueEdge> edges(Prediction prediction, List<Book> books) {
    return ValueBoard.edges(model(prediction), books, settings.kellyFraction());
  }

  static ModelProbabilities model(Prediction p) {
    return new ModelProbabilities(p.homeWin(), p.draw(), p.awayWin(), p.over25());
  }

  /** The record of one live strategy by name; empty for a strategy not run. */
  public Mono<StrategyRecord> record(String name) {
    Optional<Strategy> strategy = settings.liveStrategies().stream().filter(s -> s.name().equals(name)).findFirst();
    return strategy.map(this::record).orElse(Mono.empty());
  }

  public Mono<List<StrategyRecord>> records() {
    return reactor.core.publisher.Flux.fromIterable(settings.liveStrategies()).concatMap(this::record).collectList();
  }

  /** Picks, newest first, that the serving clock has reached. */
  public Mono<List<ValuePick>> picks(String strategy, Collection<String> leagues, Boolean settled, int first) {
    Instant now = now();
    return picks.picks(strategy, leagues, now).map(p -> p.asOf(now)).collectList().map(all -> {
      List<ValuePick> selected = new ArrayList<>(all.stream()
          .filter(p -> settled == null || settled == (p.status() != ValuePick.Status.OPEN)).toList());
      java.util.Collections.reverse(selected);
      return List.copyOf(selected.subList(0, Math.min(first, selected.size())));
    });
  }

  private Mono<StrategyRecord> record(Strategy strategy) {
    Instant now = now();
    return picks.picks(strategy.name(), List.of(), now).map(p -> p.asOf(now)).collectList().map(all -> {
      List<ValuePick> settled = all.stream()
          .filter(p -> p.status() == ValuePick.Status.WON || p.status() == ValuePick.Status.LOST)
          .sorted(java.util.Comparator.comparing(ValuePick::settledAt).thenComparing(ValuePick::id)).toList();
      List<SettledBet> bets = settled.stream().map(BettingService::bet).toList();
      int open = (int) all.stream().filter(p -> p.status() == ValuePick.Status.OPEN).count();
      List<StrategyRecord.ClvPoint> clv = settled.stream().filter(p -> p.clv() != null)
          .map(p -> new StrategyRecord.ClvPoint(day(p.settledAt()), p.clv())).toList();
      return new StrategyRecord(strategy, open, Performance.of(bets, BettingSettings.STARTING_BANKROLL, 1), clv);
    });
  }

  private static SettledBet bet(ValuePick pick) {
    return new SettledBet(day(pick.settledAt()), pick.selection(), pick.price(), pick.stake(),
        pick.status() == ValuePick.Status.WON, pick.profit(), pick.clv() == null ? Double.NaN : pick.clv());
  }

  private static java.time.LocalDate day(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC).toLocalDate();
  }

  /** The serving clock's now: a replay's clock, else the real one. */
  Instant now() {
    ServingHorizon.View view = horizon.view();
    return view.showsEverything() ? Instant.now() : view.now();
  }

  /** Each match's pre-match 1X2 and over/under 2.5 books the clock shows. */
  Mono<Map<Long, List<Book>>> preMatchBooks(List<UpcomingFixture> fixtures) {
    return books(fixtures.stream().map(f -> new Odds.Request(f.matchId(), f.kickoff(), null, false)).toList());
  }

  /** The match's closing books the clock shows (all of them once it has finished). */
  Mono<List<Book>> closingBooks(long matchId) {
    return matches.visibleMatches(List.of(matchId)).flatMap(found -> {
      Match match = found.get(matchId);
      if (match == null) {
        return Mono.just(List.<Book>of());
      }
      return books(List.of(new Odds.Request(matchId, match.expectedKickoff(), null, true)))
          .map(byMatch -> byMatch.getOrDefault(matchId, List.of()));
    });
  }

  Mono<Map<Long, List<Book>>> books(List<Odds.Request> requests) {
    return matches.odds(requests).map(found -> found.entrySet().stream().collect(Collectors.toMap(
        e -> e.getKey().matchId(), e -> Book.of(e.getValue().stream().map(BettingService::quote).toList()),
        (a, b) -> a)));
  }

  private static OddsQuote quote(Odds o) {
    return new OddsQuote(o.bookmaker(), o.market(), o.line(), o.closing(), o.home(), o.draw(), o.away(), o.over(),
        o.under(), o.yes(), o.no(), null);
  }
}
