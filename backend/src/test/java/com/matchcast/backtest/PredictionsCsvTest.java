package com.matchcast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.timeline.ClosingPrices;
import com.matchcast.timeline.PreMatchPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionsCsvTest {

  @Test
  void writesTheContractHeaderIsoDatesAndSourceNames() throws IOException {
    UpcomingMatch m = new UpcomingMatch(0, "E0", "2023-2024", LocalDate.of(2024, 5, 19), null, "Nott'm Forest",
        "Man City", "England|Nott'm Forest", "England|Man City", PreMatchPrices.none());
    MatchForecast f = new MatchForecast(new TimelineMatch(m, null, new ClosingPrices(List.of())),
        0.1, 0.2, 0.7, 0.55, Double.NaN, 0.9, 2.3, "v1");
    StringWriter out = new StringWriter();

    PredictionsCsv.write(List.of(f), out);

    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).startsWith("div,date,home_team,away_team,p_home,p_draw,p_away")
        .isEqualTo("div,date,home_team,away_team,p_home,p_draw,p_away,p_over_2_5,p_btts,exp_home_goals,"
            + "exp_away_goals,model_version");
    assertThat(lines[1]).isEqualTo("E0,2024-05-19,Nott'm Forest,Man City,0.100000000,0.200000000,0.700000000,"
        + "0.550000000,,0.9000,2.3000,v1");
  }
}
