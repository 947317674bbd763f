package com.matchcast.betting;

import com.matchcast.api.InvalidArgumentException;
import com.matchcast.match.Match;
import com.matchcast.match.MatchService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The betting view, the live ledger of picks and the strategies' records. */
@Controller
public class BettingController {

  private static final int MOST_PICKS = 200;

  private final BettingService service;
  private final MatchService matches;

  public BettingController(BettingService service, MatchService matches) {
    this.service = service;
    this.matches = matches;
  }

  /** A strategy record as the schema shows it: a flat view of the record and its performance. */
  public record RecordView(String strategy, String description, int openPicks, int settledPicks, double turnover,
      double profit, Double roi, Double roiLow, Double roiHigh, Double meanClv, int clvPicks, double bankroll,
      double maxDrawdown, List<CurvePoint> bankrollCurve, List<ClvView> clvHistory) {}

  public record CurvePoint(LocalDate date, double bankroll) {}

  public record ClvView(LocalDate date, double clv) {}

  /** A pick filter as the schema gives it. */
  public record PickFilter(String strategy, List<String> leagues, Boolean settled) {}

  @QueryMapping
  public Mono<List<BettingService.MatchValue>> valueBoard(@Argument List<String> leagues, @Argument Double minEdge) {
    return service.board(codes(leagues), minEdge);
  }

  @QueryMapping
  public Mono<List<ValuePick>> valuePicks(@Argument PickFilter filter, @Argument Integer first) {
    int size = first == null ? 50 : first;
    if (size < 0 || size > MOST_PICKS) {
      throw new InvalidArgumentException("first must be between 0 and " + MOST_PICKS + ".");
    }
    PickFilter f = filter == null ? new PickFilter(null, null, null) : filter;
    return service.picks(f.strategy(), codes(f.leagues()), f.settled(), size);
  }

  @QueryMapping
  public Mono<RecordView> strategyRecord(@Argument String strategy) {
    return service.record(strategy).map(BettingController::view);
  }

  @QueryMapping
  public Mono<List<RecordView>> strategyRecords() {
    return service.records().map(records -> records.stream().map(BettingController::view).toList());
  }

  @SchemaMapping(typeName = "ValueEdge", field = "market")
  public String market(ValueEdge edge) {
    return edge.selection().market().name();
  }

  @SchemaMapping(typeName = "ValuePick", field = "pickedAt")
  public OffsetDateTime pickedAt(ValuePick pick) {
    return pick.pickedAt().atOffset(ZoneOffset.UTC);
  }

  /** One read for every pick of the answer, each match as the serving clock knows it. */
  @BatchMapping(typeName = "ValuePick", field = "match")
  public Mono<Map<ValuePick, Match>> match(List<ValuePick> picks) {
    return matches.visibleMatches(picks.stream().map(ValuePick::matchId).distinct().toList())
        .map(byId -> picks.stream().filter(p -> byId.containsKey(p.matchId()))
            .collect(java.util.stream.Collectors.toMap(p -> p, p -> byId.get(p.matchId()), (a, b) -> a)));
  }

  private static RecordView view(StrategyRecord record) {
    Performance p = record.performance();
    return new RecordView(record.strategy().name(), record.description(), record.openPicks(), p.bets(), p.turnover(),
        p.profit(), finite(p.roi()), finite(p.roiLow()), finite(p.roiHigh()), finite(p.meanClv()), p.clvBets(),
        p.bankroll(), p.maxDrawdown(),
        p.bankrollCurve().stream().map(b -> new CurvePoint(b.date(), b.bankroll())).toList(),
        record.clvHistory().stream().map(c -> new ClvView(c.date(), c.clv())).toList());
  }

  private static Double finite(double value) {
    return Double.isNaN(value) ? null : value;
  }

  private static Set<String> codes(List<String> leagues) {
    return leagues == null ? Set.of() : Set.copyOf(leagues.stream().map(l -> l.trim().toUpperCase(Locale.ROOT)).toList());
  }
}
