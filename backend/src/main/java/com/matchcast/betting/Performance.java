package com.matchcast.betting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a strategy's settled bets fared, in the order they were settled.
 *
 * @param turnover       total staked
 * @param roi            profit over turnover
 * @param roiLow         2.5th percentile of the ROI over bootstrap resamples of the bets (NaN with no bet)
 * @param roiHigh        97.5th percentile
 * @param meanClv        mean closing-line value over the bets with a closing price (NaN when none had one)
 * @param clvBets        bets with a closing price
 * @param maxDrawdown    the largest fall of the bankroll from its running peak, as a share of that peak
 * @param bankrollCurve  the bankroll after each day with a settled bet, starting from the day before the first
 */
public record Performance(int bets, double turnover, double profit, double roi, double roiLow, double roiHigh,
    double meanClv, int clvBets, double startingBankroll, double bankroll, double maxDrawdown,
    List<BankrollPoint> bankrollCurve) {

  static final int RESAMPLES = 2000;

  /** The bankroll at the end of a day. */
  public record BankrollPoint(LocalDate date, double bankroll) {}

  /** Bets must be in settlement order; {@code seed} fixes the bootstrap's draws. */
  public static Performance of(List<SettledBet> bets, double startingBankroll, long seed) {
    double turnover = bets.stream().mapToDouble(SettledBet::stake).sum();
    double profit = bets.stream().mapToDouble(SettledBet::profit).sum();
    double[] clv = bets.stream().mapToDouble(SettledBet::clv).filter(v -> !Double.isNaN(v)).toArray();
    double[] interval = roiInterval(bets, seed);
    List<BankrollPoint> curve = curve(bets, startingBankroll);
    return new Performance(bets.size(), turnover, profit, turnover > 0 ? profit / turnover : Double.NaN,
        interval[0], interval[1], clv.length == 0 ? Double.NaN : Arrays.stream(clv).average().orElseThrow(),
        clv.length, startingBankroll, startingBankroll + profit, maxDrawdown(curve), curve);
  }

  /**
   * Percentile bootstrap of profit over turnover, resampling whole bets so that a big stake carries
   * its weight in every resample.
   */
  static double[] roiInterval(List<SettledBet> bets, long seed) {
    int n = bets.size();
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] rois = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      double staked = 0;
      double returned = 0;
      for (int i = 0; i < n; i++) {
        SettledBet bet = bets.get(random.nextInt(n));
        staked += bet.stake();
        returned += bet.profit();
      }
      rois[r] = staked > 0 ? returned / staked : 0;
    }
    Arrays.sort(rois);
    return new double[] {rois[(int) Math.floor(0.025 * (RESAMPLES - 1))], rois[(int) Math.ceil(0.975 * (RESAMPLES - 1))]};
  }

  private static List<BankrollPoint> curve(List<SettledBet> bets, double startingBankroll) {
    List<BankrollPoint> curve = new ArrayList<>();
    if (bets.isEmpty()) {
      return curve;
    }
    double bankroll = startingBankroll;
    curve.add(new BankrollPoint(bets.get(0).date().minusDays(1), bankroll));
    for (int i = 0; i < bets.size(); i++) {
      bankroll += bets.get(i).profit();
      boolean lastOfDay = i + 1 == bets.size() || !bets.get(i + 1).date().equals(bets.get(i).date());
      if (lastOfDay) {
        curve.add(new BankrollPoint(bets.get(i).date(), bankroll));
      }
    }
    return List.copyOf(curve);
  }

  /** Measured on the day-end bankrolls: a strategy's bets of one day are settled together. */
  static double maxDrawdown(List<BankrollPoint> curve) {
    double peak = Double.NEGATIVE_INFINITY;
    double worst = 0;
    for (BankrollPoint point : curve) {
      peak = Math.max(peak, point.bankroll());
      if (peak > 0) {
        worst = Math.max(worst, (peak - point.bankroll()) / peak);
      }
    }
    return worst;
  }
}
