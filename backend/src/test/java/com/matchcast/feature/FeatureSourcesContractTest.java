package com.matchcast.feature;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.feature.form.FormFeatures;
import com.matchcast.feature.headtohead.HeadToHeadFeatures;
import com.matchcast.feature.league.LeagueFeatures;
import com.matchcast.feature.schedule.ScheduleFeatures;
import com.matchcast.feature.table.TableFeatures;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every source of form, table, head-to-head, schedule and league features promises the pipeline. */
class FeatureSourcesContractTest {

  private static final LocalDate CUT = LocalDate.of(2001, 8, 26);
  private static final double UNWRITTEN = -987654.0;

  static Stream<Supplier<FeatureSource>> sources() {
    return Stream.of(FormFeatures::new, TableFeatures::new, HeadToHeadFeatures::new, ScheduleFeatures::new,
        LeagueFeatures::new);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void writesExactlyOneValuePerDefinitionAtItsOffset(Supplier<FeatureSource> newSource) {
    FeatureSource source = SyntheticSeasons.timeline(1).learnAll(newSource.get());
    int size = source.definitions().size();
    double[] out = new double[size + 4];
    Arrays.fill(out, UNWRITTEN);
    source.describe(MiniTimeline.upcoming("2002-05-01", "club-E0-1", "club-E0-2"), out, 2);
    assertThat(out[0]).isEqualTo(UNWRITTEN);
    assertThat(out[1]).isEqualTo(UNWRITTEN);
    assertThat(Arrays.copyOfRange(out, 2, size + 2)).doesNotContain(UNWRITTEN);
    assertThat(out[size + 2]).isEqualTo(UNWRITTEN);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void resultsFromTheDateOnwardNeverChangeTheFeaturesOfThatDateOrBefore(Supplier<FeatureSource> newSource) {
    MiniTimeline real = SyntheticSeasons.timeline(1);
    MiniTimeline otherFuture = SyntheticSeasons.withDifferentResultsFrom(real, CUT, 2);
    Map<Integer, double[]> seen = real.walk(newSource.get());
    Map<Integer, double[]> seenWithOtherFuture = otherFuture.walk(newSource.get());
    int compared = 0;
    for (UpcomingMatch match : real.matches()) {
      if (!match.date().isAfter(CUT)) {
        assertThat(seenWithOtherFuture.get(match.index())).as("match %s", match).containsExactly(
            seen.get(match.index()));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(70);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void theOrderOfMatchesWithinADateChangesNothing(Supplier<FeatureSource> newSource) {
    MiniTimeline inOrder = SyntheticSeasons.timeline(1);
    MiniTimeline shuffled = SyntheticSeasons.shuffledWithinDates(inOrder, 3);
    Map<Integer, double[]> seen = inOrder.walk(newSource.get());
    Map<Integer, double[]> seenShuffled = shuffled.walk(newSource.get());
    for (UpcomingMatch match : inOrder.matches()) {
      assertThat(seenShuffled.get(match.index())).containsExactly(seen.get(match.index()));
    }
  }

  @ParameterizedTest
  @MethodSource("sources")
  void describingTwiceGivesTheSameValuesAndLearnsNothing(Supplier<FeatureSource> newSource) {
    FeatureSource source = SyntheticSeasons.timeline(1).learnAll(newSource.get());
    UpcomingMatch match = MiniTimeline.upcoming("2002-05-01", "club-E0-1", "club-E0-2");
    double[] first = MiniTimeline.describe(source, match);
    MiniTimeline.describe(source, MiniTimeline.upcoming("2002-05-01", "club-E0-3", "club-E0-1"));
    assertThat(MiniTimeline.describe(source, match)).containsExactly(first);
  }

  @ParameterizedTest
  @MethodSource("sources")
  void unknownClubsInAnUnknownDivisionGetNaNNotZeroWhereNothingIsKnown(Supplier<FeatureSource> newSource) {
    FeatureSource source = newSource.get();
    double[] out = MiniTimeline.describe(source,
        MiniTimeline.match(0, "X9", "2001-01-01", "nobody", "no one"));
    List<FeatureDefinition> definitions = source.definitions();
    for (int i = 0; i < out.length; i++) {
      String name = definitions.get(i).name();
      boolean countOrFlag = name.contains("games_played") || name.contains("matches_last") || name.contains("newcomer")
          || name.equals("h2h_meetings");
      double expected = countOrFlag ? (name.contains("newcomer") ? 1.0 : 0.0) : Double.NaN;
      assertThat(Double.valueOf(out[i])).as(name).isEqualTo(Double.valueOf(expected));
    }
  }

  @Test
  void namesAreUniqueSnakeCaseAndEveryColumnIsDocumented() {
    Set<String> names = new HashSet<>();
    List<FeatureDefinition> all = new ArrayList<>();
    sources().map(Supplier::get).forEach(source -> all.addAll(source.definitions()));
    for (FeatureDefinition definition : all) {
      assertThat(names.add(definition.name())).as(definition.name()).isTrue();
      assertThat(definition.name()).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*");
      assertThat(definition.definition()).isNotBlank().endsWith(".");
      assertThat(definition.source()).isIn(FeatureInputs.RESULTS, FeatureInputs.STATISTICS);
      assertThat(definition.availableFrom()).isEqualTo(FeatureInputs.availableFrom(definition.source()));
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(90);
  }
}
