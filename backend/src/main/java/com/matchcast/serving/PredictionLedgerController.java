package com.matchcast.serving;

import com.matchcast.api.Arguments;
import com.matchcast.api.InvalidArgumentException;
import com.matchcast.ledger.LedgerScorer;
import com.matchcast.match.MatchConnection;
import com.matchcast.prediction.Explanation;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.prediction.PredictionQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The ledger as users read it: predictions by filter, what moved between a match's predictions
 * ("why did it move"), and how a prediction scored.
 */
@Controller
public class PredictionLedgerController {

  private static final String CURSOR = "prediction:";
  private static final String[] OUTCOMES = {"HOME", "DRAW", "AWAY"};
  private static final String MARKET_EN = "The market (de-margined prices, the explanation's baseline)";
  private static final String MARKET_ZH = "市场(去除抽水后的赔率,解释的基线)";

  private final PredictionLedger ledger;
  private final PredictionService service;
  private final LedgerScorer scorer;
  private final ServingHorizon horizon;
  private final com.matchcast.ledger.TrackRecordService trackRecord;

  public PredictionLedgerController(PredictionLedger ledger, PredictionService service, LedgerScorer scorer,
      ServingHorizon horizon, com.matchcast.ledger.TrackRecordService trackRecord) {
    this.horizon = horizon;
    this.trackRecord = trackRecord;
    this.ledger = ledger;
    this.service = service;
    this.scorer = scorer;
  }

  /** A filter as the GraphQL input gives it. */
  public record PredictionFilter(List<String> leagues, String season, List<String> matchIds, String modelVersion,
      String reason, OffsetDateTime from, OffsetDateTime to) {}

  @QueryMapping
  public Mono<PredictionViews.PredictionConnection> predictions(@Argument PredictionFilter filter,
      @Argument Integer first, @Argument String after) {
    PredictionQuery query = upToTheClock(query(filter), horizon.view());
    int size = Arguments.pageSize("first", first, 50);
    long before = after == null ? 0 : cursor(after);
    return Mono.zip(ledger.search(query, size + 1, before).collectList(), ledger.count(query)).map(found -> {
      List<Prediction> rows = found.getT1();
      List<PredictionViews.PredictionEdge> edges = rows.stream().limit(size)
          .map(p -> new PredictionViews.PredictionEdge(CURSOR + p.id(), p)).toList();
      return new PredictionViews.PredictionConnection(found.getT2(), edges, new MatchConnection.PageInfo(
          rows.size() > size, after != null, edges.isEmpty() ? null : edges.get(0).cursor(),
          edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
    });
  }

  @SchemaMapping(typeName = "Prediction")
  public Mono<PredictionViews.PredictionChange> changes(Prediction p) {
    if (p.previousId() == 0) {
      return Mono.empty();
    }
    return ledger.find(p.previousId()).map(before -> new PredictionViews.PredictionChange(p.reason(), p, before,
        points(p.probabilities(), before.probabilities()),
        p.market() == null || before.market() == null ? null : points(market(p), market(before)),
        p.modelVersion() != before.modelVersion()));
  }

  @SchemaMapping(typeName = "PredictionChange")
  public Mono<List<PredictionViews.FactorMove>> factors(PredictionViews.PredictionChange change,
      @Argument Integer limit, @Argument String language) {
    int n = Arguments.pageSize("limit", limit, 3);
    boolean chinese = "ZH".equalsIgnoreCase(language);
    int favoured = favoured(change.current().probabilities());
    return Mono.zip(service.explanation(change.current().id()), service.explanation(change.previous().id()))
        .map(both -> moves(both.getT1(), both.getT2(), favoured, chinese).stream().limit(n).toList())
        .defaultIfEmpty(List.of());
  }

  @SchemaMapping(typeName = "Prediction")
  public Mono<PredictionViews.ConfidenceRecord> confidenceRecord(Prediction p) {
    ServingHorizon.View view = horizon.view();
    return trackRecord.confidenceRecord(p.confidence(), view.showsEverything() ? null
            : view.now().minus(Visibility.FULL_TIME))
        .map(r -> new PredictionViews.ConfidenceRecord(r.lower(), r.upper(), r.matches(),
            Double.isNaN(r.accuracy()) ? null : r.accuracy(), Double.isNaN(r.meanRps()) ? null : r.meanRps()));
  }

  /**
   * Against the forecasts scored of matches played before this one was made (on earlier days, full
   * time passed): what was known then, so a forecast's figure never moves and no later result reaches it.
   */
  @SchemaMapping(typeName = "Prediction")
  public Mono<com.matchcast.ledger.ConfidenceRank> confidenceRank(Prediction p) {
    return trackRecord.confidenceRank(p.confidence(), p.createdAt(), Visibility.FULL_TIME);
  }

  @SchemaMapping(typeName = "Prediction")
  public Mono<PredictionViews.PredictionScore> score(Prediction p) {
    return scorer.score(p.id()).map(s -> new PredictionViews.PredictionScore(s.voided() ? "VOID" : "SCORED",
        s.voidReason(), s.result() == null ? null : OUTCOMES[s.result()], s.homeGoals(), s.awayGoals(), s.rps(),
        s.logLoss(), s.brier(), s.closingRps(), s.preMatchRps()));
  }

  /**
   * The market baseline and every factor of either explanation, with its effect on the favoured
   * outcome before and after, the largest move first (a factor missing on one side had no effect
   * there). Since each forecast is its baseline plus its factors' effects, the moves add up to the
   * forecast's own move.
   */
  static List<PredictionViews.FactorMove> moves(Explanation now, Explanation before, int favoured, boolean chinese) {
    Map<String, Explanation.FactorEffect> named = new LinkedHashMap<>();
    List<PredictionViews.FactorMove> moves = new ArrayList<>();
    double marketAfter = 100 * now.baseline()[favoured];
    double marketBefore = 100 * before.baseline()[favoured];
    moves.add(new PredictionViews.FactorMove("market", chinese ? MARKET_ZH : MARKET_EN, marketBefore, marketAfter,
        marketAfter - marketBefore));
    Map<String, Double> after = now.factors().stream()
        .peek(f -> named.put(f.key(), f))
        .collect(Collectors.toMap(Explanation.FactorEffect::key, f -> 100 * f.on(favoured), Double::sum));
    Map<String, Double> earlier = before.factors().stream()
        .peek(f -> named.putIfAbsent(f.key(), f))
        .collect(Collectors.toMap(Explanation.FactorEffect::key, f -> 100 * f.on(favoured), Double::sum));
    for (Map.Entry<String, Explanation.FactorEffect> f : named.entrySet()) {
      double a = after.getOrDefault(f.getKey(), 0.0);
      double b = earlier.getOrDefault(f.getKey(), 0.0);
      moves.add(new PredictionViews.FactorMove(f.getKey(), chinese ? f.getValue().chinese() : f.getValue().english(),
          b, a, a - b));
    }
    moves.sort(Comparator.comparingDouble((PredictionViews.FactorMove m) -> -Math.abs(m.change()))
        .thenComparing(PredictionViews.FactorMove::key));
    return moves;
  }

  /** A replay's ledger may hold predictions made later on its clock (an earlier run went further): not shown. */
  private static PredictionQuery upToTheClock(PredictionQuery q, ServingHorizon.View view) {
    if (view.showsEverything()) {
      return q;
    }
    java.time.Instant until = view.now().plusMillis(1);
    return new PredictionQuery(q.leagues(), q.season(), q.matchIds(), q.modelVersion(), q.reason(), q.from(),
        q.to() == null || q.to().isAfter(until) ? until : q.to());
  }

  private static PredictionQuery query(PredictionFilter f) {
    if (f == null) {
      return PredictionQuery.all();
    }
    Set<String> leagues = f.leagues() == null ? Set.of()
        : f.leagues().stream().map(l -> l.trim().toUpperCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    Set<Long> matches = f.matchIds() == null ? Set.of()
        : f.matchIds().stream().map(id -> id(id, "matchIds")).collect(Collectors.toSet());
    return new PredictionQuery(leagues, f.season(), matches, f.modelVersion() == null ? null
        : id(f.modelVersion(), "modelVersion"), f.reason(), f.from() == null ? null : f.from().toInstant(),
        f.to() == null ? null : f.to().toInstant());
  }

  private static long id(String value, String argument) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidArgumentException(argument + ": '" + value + "' is not an id");
    }
  }

  private static long cursor(String after) {
    if (!after.startsWith(CURSOR)) {
      throw new InvalidArgumentException("after: '" + after + "' is not a cursor of predictions");
    }
    return id(after.substring(CURSOR.length()), "after");
  }

  private static double[] market(Prediction p) {
    return new double[] {p.market().homeWin(), p.market().draw(), p.market().awayWin()};
  }

  private static PredictionViews.Outcomes points(double[] now, double[] before) {
    return new PredictionViews.Outcomes(100 * (now[0] - before[0]), 100 * (now[1] - before[1]),
        100 * (now[2] - before[2]));
  }

  static int favoured(double[] p) {
    return p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
  }
}
