package com.matchcast.betting;

import com.matchcast.betting.persistence.PickStore;
import com.matchcast.cluster.ClusterJobs;
import com.matchcast.cluster.LeaderReactions;
import com.matchcast.events.EventBus;
import com.matchcast.match.Odds;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionMade;
import com.matchcast.serving.MatchUpdated;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the live ledger of picks on the serving clock. Each new prediction is priced against the
 * pre-match prices the clock shows and every live strategy records its picks, the first price
 * that passed its rule being the one taken; each finished match settles its open picks with the
 * closing prices, shown by then, and the result; a postponed or cancelled match voids them.
 * The last look at kick-off makes no pick: by then only the closing price could be taken.
 */
@Component
public class PickRecorder extends LeaderReactions {

  private static final String KICK_OFF = "kick-off";

  private final BettingService betting;
  private final PickStore store;
  private final BettingSettings settings;
  private final EventBus events;

  public PickRecorder(BettingService betting, PickStore store, BettingSettings settings, EventBus events,
      ClusterJobs jobs) {
    // the instance that leads the prediction refresh keeps the ledger too, so a pick is recorded once
    super(jobs, PREDICTION_REFRESH);
    this.betting = betting;
    this.store = store;
    this.settings = settings;
    this.events = events;
  }

  /** Records the picks the live strategies make on this prediction; how many were new. */
  public Mono<Integer> pick(Prediction prediction) {
    if (KICK_OFF.equals(prediction.reason())) {
      return Mono.just(0);
    }
    Instant kickoff = kickoff(prediction);
    return betting.books(List.of(new Odds.Request(prediction.matchId(), kickoff, null, false)))
        .map(found -> betting.edges(prediction, found.getOrDefault(prediction.matchId(), List.of())))
        .flatMapMany(edges -> Flux.fromIterable(settings.liveStrategies())
            .concatMap(strategy -> store.settledProfit(strategy.name())
                .flatMapMany(profit -> Flux.fromIterable(strategy.picks(edges))
                    .map(pick -> ValuePick.open(strategy, prediction.matchId(), prediction.league(), prediction.id(),
                        pick, strategy.stake(pick, BettingSettings.STARTING_BANKROLL + profit,
                            BettingSettings.STARTING_BANKROLL), prediction.createdAt()))
                    .filter(pick -> pick.stake() > 0)
                    .concatMap(store::add))))
        .filter(Boolean::booleanValue).count().map(Long::intValue);
  }

  /** Settles the match's open picks: by the result when finished, void when it will not be played. */
  public Mono<Integer> settle(MatchUpdated update) {
    if (update.status() == MatchStatus.POSTPONED || update.status() == MatchStatus.CANCELLED) {
      return store.open(update.matchId()).concatMap(pick -> store.settle(pick.voided(update.at())).thenReturn(1))
          .count().map(Long::intValue);
    }
    if (update.status() != MatchStatus.FINISHED || update.homeGoals() == null || update.awayGoals() == null) {
      return Mono.just(0);
    }
    return store.open(update.matchId()).collectList().filter(open -> !open.isEmpty())
        .flatMap(open -> betting.closingBooks(update.matchId())
            .flatMap(closing -> Flux.fromIterable(open)
                .concatMap(pick -> store.settle(pick.settled(update.homeGoals(), update.awayGoals(),
                    bestPrice(pick.selection(), closing), ClosingLine.probability(pick.selection(), closing),
                    update.at())).thenReturn(1))
                .count().map(Long::intValue)))
        .defaultIfEmpty(0);
  }

  /** The best closing price of the selection across bookmakers (the average is not a price one can take). */
  static Double bestPrice(Selection selection, List<Book> closing) {
    return MarketPrices.of(selection.market(), closing).map(prices -> prices.bestPrice(selection)).orElse(null);
  }

  private static Instant kickoff(Prediction prediction) {
    LocalDateTime at = prediction.kickoff() != null ? prediction.kickoff() : prediction.date().atStartOfDay();
    return at.toInstant(ZoneOffset.UTC);
  }

  @Override
  protected Flux<?> reactions() {
    if (!settings.enabled()) {
      return null;
    }
    // one job at a time across both kinds: a settlement never runs beside the pick it settles
    Flux<Supplier<Mono<Integer>>> work = Flux.merge(
        events.on(PredictionMade.class).map(made -> () -> pick(made.prediction())),
        events.on(MatchUpdated.class).map(update -> () -> settle(update)));
    return work.concatMap(job -> ifLeading(job, "value picks not recorded"));
  }
}
