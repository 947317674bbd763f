-- Season outlooks: each simulation of the rest of a league season, as it was computed, kept for
-- the history of each club's chances. Runs unchanged on H2 (MODE=MySQL) and MariaDB. No foreign
-- keys to team or matches: like the ledger, a record of what was said at the time.
--
-- as_of: the serving clock's moment the outlook saw (results known by then, predictions made by
-- then); results_known: finished matches of the season it counted.
CREATE TABLE season_outlook (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    league            VARCHAR(16)  NOT NULL,
    season            VARCHAR(9)   NOT NULL,
    as_of             DATETIME(3)  NOT NULL,
    simulations       INT          NOT NULL,
    strength_spread   DOUBLE       NOT NULL,
    seed              BIGINT       NOT NULL,
    results_known     INT          NOT NULL,
    forecast_matches  INT          NOT NULL,
    remaining_matches INT          NOT NULL,
    created_at        DATETIME(3)  NOT NULL
);

CREATE INDEX ix_season_outlook_league ON season_outlook (league, season, as_of);

-- One row per club of an outlook. position_probabilities: first place to last, comma separated.
CREATE TABLE season_outlook_club (
    outlook_id               BIGINT         NOT NULL,
    team_id                  BIGINT         NOT NULL,
    points                   INT            NOT NULL,
    played                   INT            NOT NULL,
    expected_points          DOUBLE         NOT NULL,
    position_probabilities   VARCHAR(4000)  NOT NULL,
    PRIMARY KEY (outlook_id, team_id)
);

CREATE INDEX ix_season_outlook_club_team ON season_outlook_club (team_id, outlook_id);
