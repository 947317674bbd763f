package com.matchcast.feature;

import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Two divisions of six clubs over two seasons, with promotion and relegation between them. */
final class SyntheticSeasons {

  private SyntheticSeasons() {}

  static MiniTimeline timeline(long seed) {
    Random random = new Random(seed);
    MiniTimeline timeline = new MiniTimeline();
    List<String> top = clubs("E0");
    List<String> second = clubs("E1");
    for (int startYear = 2000; startYear <= 2001; startYear++) {
      LocalDate day = LocalDate.of(startYear, 8, 12);
      for (int round = 0; round < 10; round++, day = day.plusDays(round % 3 == 0 ? 4 : 3)) {
        playRound(timeline, random, "E0", day, top);
        playRound(timeline, random, "E1", day.plusDays(round % 2), second);
      }
      String relegated = top.remove(0);
      String promoted = second.remove(0);
      top.add(promoted);
      second.add(relegated);
    }
    return timeline;
  }

  static MiniTimeline withDifferentResultsFrom(MiniTimeline timeline, LocalDate from, long seed) {
    Random random = new Random(seed);
    MiniTimeline changed = new MiniTimeline();
    for (int i = 0; i < timeline.matches().size(); i++) {
      UpcomingMatch match = timeline.matches().get(i);
      MatchOutcome outcome = match.date().isBefore(from) ? timeline.outcomes().get(i) : randomOutcome(random);
      changed.played(match.division(), match.date().toString(), match.homeClub(), match.awayClub(), outcome);
    }
    return changed;
  }

  /** Same matches and indexes, each date's matches in another order. */
  static MiniTimeline shuffledWithinDates(MiniTimeline timeline, long seed) {
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>();
    List<Integer> sameDate = new ArrayList<>();
    for (int i = 0; i <= timeline.matches().size(); i++) {
      boolean dateEnds = i == timeline.matches().size() || (!sameDate.isEmpty()
          && !timeline.matches().get(i).date().equals(timeline.matches().get(sameDate.get(0)).date()));
      if (dateEnds) {
        Collections.shuffle(sameDate, random);
        order.addAll(sameDate);
        sameDate.clear();
      }
      if (i < timeline.matches().size()) {
        sameDate.add(i);
      }
    }
    return MiniTimeline.reordered(timeline, order);
  }

  private static List<String> clubs(String division) {
    List<String> clubs = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      clubs.add("club-" + division + "-" + i);
    }
    return clubs;
  }

  private static void playRound(MiniTimeline timeline, Random random, String division, LocalDate day,
      List<String> clubs) {
    List<String> drawn = new ArrayList<>(clubs);
    Collections.shuffle(drawn, random);
    for (int i = 0; i < drawn.size(); i += 2) {
      timeline.played(division, day.toString(), drawn.get(i), drawn.get(i + 1), randomOutcome(random));
    }
  }

  private static MatchOutcome randomOutcome(Random random) {
    int home = random.nextInt(4);
    int away = random.nextInt(3);
    if (random.nextInt(3) == 0) {
      return MiniTimeline.score(home, away);
    }
    return MiniTimeline.score(home, away, 8 + random.nextInt(10), 5 + random.nextInt(10), 2 + random.nextInt(5),
        1 + random.nextInt(5), random.nextInt(9), random.nextInt(7));
  }
}
