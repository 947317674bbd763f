package com.matchcast.ledger;

import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.Prediction.MarketView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The hashed columns of a ledger row, in export and hashing order, each with its canonical
 * text. The export adds previous_hash and row_hash after them. Absent values are empty text.
 */
enum LedgerColumn {
  ID("id", Kind.INTEGER, Prediction::id),
  MATCH_ID("match_id", Kind.INTEGER, Prediction::matchId),
  LEAGUE("league", Kind.TEXT, Prediction::league),
  SEASON("season", Kind.TEXT, Prediction::season),
  MATCH_DATE("match_date", Kind.DATE, Prediction::date),
  KICKOFF_AT("kickoff_at", Kind.DATETIME, Prediction::kickoff),
  HOME_TEAM("home_team", Kind.TEXT, Prediction::homeTeam),
  AWAY_TEAM("away_team", Kind.TEXT, Prediction::awayTeam),
  HOME_WIN("home_win", Kind.DECIMAL, Prediction::homeWin),
  DRAW("draw", Kind.DECIMAL, Prediction::draw),
  AWAY_WIN("away_win", Kind.DECIMAL, Prediction::awayWin),
  EXPECTED_HOME_GOALS("expected_home_goals", Kind.DECIMAL, Prediction::expectedHomeGoals),
  EXPECTED_AWAY_GOALS("expected_away_goals", Kind.DECIMAL, Prediction::expectedAwayGoals),
  OVER_25("over_25", Kind.DECIMAL, Prediction::over25),
  BOTH_TEAMS_TO_SCORE("both_teams_to_score", Kind.DECIMAL, Prediction::bothTeamsToScore),
  TOP_SCORES("top_scores", Kind.TOP_SCORES, Prediction::topScores),
  CONFIDENCE("confidence", Kind.DECIMAL, Prediction::confidence),
  MARKET_HOME_WIN("market_home_win", Kind.DECIMAL, p -> market(p, MarketView::homeWin)),
  MARKET_DRAW("market_draw", Kind.DECIMAL, p -> market(p, MarketView::draw)),
  MARKET_AWAY_WIN("market_away_win", Kind.DECIMAL, p -> market(p, MarketView::awayWin)),
  MARKET_MARGIN("market_margin", Kind.DECIMAL, p -> market(p, MarketView::margin)),
  MODEL_VERSION("model_version", Kind.INTEGER, Prediction::modelVersion),
  INPUTS_HASH("inputs_hash", Kind.TEXT, Prediction::inputsHash),
  PREVIOUS_ID("previous_id", Kind.INTEGER, p -> p.previousId() == 0 ? null : p.previousId()),
  REASON("reason", Kind.TEXT, Prediction::reason),
  CREATED_AT("created_at", Kind.INSTANT, Prediction::createdAt);

  /** The chain columns the export writes after the hashed ones. */
  static final String PREVIOUS_HASH = "previous_hash";
  static final String ROW_HASH = "row_hash";

  private final String column;
  private final Kind kind;
  private final Function<Prediction, Object> value;

  LedgerColumn(String column, Kind kind, Function<Prediction, Object> value) {
    this.column = column;
    this.kind = kind;
    this.value = value;
  }

  String column() {
    return column;
  }

  Kind kind() {
    return kind;
  }

  /** The column's canonical text for a prediction as stored. */
  String text(Prediction prediction) {
    Object v = value.apply(prediction);
    return v == null ? "" : kind.render(v);
  }

  /** Every column name an export has, in order. */
  static List<String> exportHeader() {
    List<String> names = new java.util.ArrayList<>();
    for (LedgerColumn c : values()) {
      names.add(c.column);
    }
    names.add(PREVIOUS_HASH);
    names.add(ROW_HASH);
    return List.copyOf(names);
  }

  private static Double market(Prediction p, Function<MarketView, Double> part) {
    return p.market() == null ? null : part.apply(p.market());
  }

  /** How a column's value is written, and how text from an export is brought back to that form. */
  enum Kind {
    INTEGER {
      String render(Object value) {
        return Long.toString(((Number) value).longValue());
      }

      String canonicalText(String text) {
        return Long.toString(Long.parseLong(text.trim()));
      }
    },
    DECIMAL {
      String render(Object value) {
        return LedgerNumbers.decimal(((Number) value).doubleValue()).toPlainString();
      }

      String canonicalText(String text) {
        return LedgerNumbers.canonical(text);
      }
    },
    TEXT {
      String render(Object value) {
        return (String) value;
      }

      String canonicalText(String text) {
        return text;
      }
    },
    DATE {
      String render(Object value) {
        return value.toString();
      }

      String canonicalText(String text) {
        return LocalDate.parse(text.trim()).toString();
      }
    },
    DATETIME {
      private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

      String render(Object value) {
        return FORMAT.format((LocalDateTime) value);
      }

      String canonicalText(String text) {
        return render(LocalDateTime.parse(text.trim()));
      }
    },
    INSTANT {
      private static final DateTimeFormatter FORMAT =
          DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

      String render(Object value) {
        return FORMAT.format((Instant) value);
      }

      String canonicalText(String text) {
        return render(Instant.parse(text.trim()));
      }
    },
    TOP_SCORES {
      @SuppressWarnings("unchecked")
      String render(Object value) {
        return TopScores.format((List<Prediction.ScoreProbability>) value);
      }

      String canonicalText(String text) {
        return TopScores.canonical(text);
      }
    };

    abstract String render(Object value);

    abstract String canonicalText(String text);

    /** Canonical text of a cell read from an export; an empty cell is an absent value. */
    String canonical(String text) {
      return text == null || text.isEmpty() ? "" : canonicalText(text);
    }
  }
}
