-- Data platform schema. Runs unchanged on H2 (MODE=MySQL) and MariaDB 10.11+ / MySQL 8.
-- Times are stored as DATETIME in UTC. Absent values are NULL, never 0.

CREATE TABLE league (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    country     VARCHAR(60)  NOT NULL,
    tier        INT          NULL,
    CONSTRAINT uq_league_code UNIQUE (code)
);

CREATE TABLE season (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(9)   NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    CONSTRAINT uq_season_code UNIQUE (code),
    CONSTRAINT ck_season_range CHECK (ends_on > starts_on)
);

CREATE TABLE team (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    country     VARCHAR(60)  NOT NULL,
    created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_team_name UNIQUE (country, name)
);

-- Every spelling a source uses for a club. normalized_name is the lookup key
-- (lower case, no accents or punctuation); a spelling maps to one club per country.
CREATE TABLE team_alias (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id         BIGINT       NOT NULL,
    source          VARCHAR(32)  NOT NULL,
    alias           VARCHAR(100) NOT NULL,
    normalized_name VARCHAR(100) NOT NULL,
    country         VARCHAR(60)  NOT NULL,
    external_id     VARCHAR(64)  NULL,
    CONSTRAINT fk_alias_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT uq_alias UNIQUE (source, country, normalized_name)
);
CREATE INDEX ix_alias_lookup ON team_alias (country, normalized_name);
CREATE INDEX ix_alias_team ON team_alias (team_id);

CREATE TABLE ingest_run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    source          VARCHAR(32)  NOT NULL,
    target          VARCHAR(300) NOT NULL,
    started_at      DATETIME(3)  NOT NULL,
    finished_at     DATETIME(3)  NULL,
    status          VARCHAR(16)  NOT NULL,
    rows_read       INT          NOT NULL DEFAULT 0,
    rows_inserted   INT          NOT NULL DEFAULT 0,
    rows_updated    INT          NOT NULL DEFAULT 0,
    rows_unchanged  INT          NOT NULL DEFAULT 0,
    rows_rejected   INT          NOT NULL DEFAULT 0,
    rows_duplicate  INT          NOT NULL DEFAULT 0,
    odds_rows       INT          NOT NULL DEFAULT 0,
    content_hash    CHAR(64)     NULL,
    message         VARCHAR(1000) NULL,
    CONSTRAINT ck_run_status CHECK (status IN ('RUNNING', 'SUCCEEDED', 'UNCHANGED', 'FAILED'))
);
CREATE INDEX ix_run_target ON ingest_run (source, target, status);
CREATE INDEX ix_run_started ON ingest_run (started_at);

CREATE TABLE rejected_row (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id      BIGINT        NOT NULL,
    location    VARCHAR(300)  NOT NULL,
    raw_content VARCHAR(4000) NULL,
    reason      VARCHAR(500)  NOT NULL,
    league_code VARCHAR(16)   NULL,
    season_code VARCHAR(9)    NULL,
    CONSTRAINT fk_reject_run FOREIGN KEY (run_id) REFERENCES ingest_run (id)
);
CREATE INDEX ix_reject_run ON rejected_row (run_id);
CREATE INDEX ix_reject_league_season ON rejected_row (league_code, season_code);

CREATE TABLE matches (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    league_id       INT          NOT NULL,
    season_id       INT          NOT NULL,
    match_date      DATE         NOT NULL,
    kickoff_at      DATETIME     NULL,
    home_team_id    BIGINT       NOT NULL,
    away_team_id    BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    home_goals      SMALLINT     NULL,
    away_goals      SMALLINT     NULL,
    home_goals_ht   SMALLINT     NULL,
    away_goals_ht   SMALLINT     NULL,
    referee         VARCHAR(100) NULL,
    venue           VARCHAR(150) NULL,
    attendance      INT          NULL,
    updated_at      DATETIME(3)  NOT NULL,
    CONSTRAINT fk_match_league FOREIGN KEY (league_id) REFERENCES league (id),
    CONSTRAINT fk_match_season FOREIGN KEY (season_id) REFERENCES season (id),
    CONSTRAINT fk_match_home FOREIGN KEY (home_team_id) REFERENCES team (id),
    CONSTRAINT fk_match_away FOREIGN KEY (away_team_id) REFERENCES team (id),
    CONSTRAINT uq_match_natural_key UNIQUE (league_id, season_id, match_date, home_team_id, away_team_id),
    CONSTRAINT ck_match_status CHECK (status IN ('SCHEDULED', 'LIVE', 'FINISHED', 'POSTPONED', 'CANCELLED')),
    CONSTRAINT ck_match_teams CHECK (home_team_id <> away_team_id),
    CONSTRAINT ck_match_finished_scored CHECK (status <> 'FINISHED' OR (home_goals IS NOT NULL AND away_goals IS NOT NULL)),
    CONSTRAINT ck_match_goals CHECK ((home_goals IS NULL OR home_goals >= 0) AND (away_goals IS NULL OR away_goals >= 0)),
    CONSTRAINT ck_match_half_time CHECK ((home_goals_ht IS NULL OR home_goals IS NULL OR home_goals_ht <= home_goals)
                                     AND (away_goals_ht IS NULL OR away_goals IS NULL OR away_goals_ht <= away_goals))
);
CREATE INDEX ix_match_date ON matches (match_date);
CREATE INDEX ix_match_league_season_date ON matches (league_id, season_id, match_date);
CREATE INDEX ix_match_home ON matches (home_team_id, match_date);
CREATE INDEX ix_match_away ON matches (away_team_id, match_date);
CREATE INDEX ix_match_status ON matches (status, match_date);

-- Which source reported a match, under which id, and the fingerprint of what it said last,
-- so that a re-import can tell unchanged from updated without comparing every column.
CREATE TABLE match_source (
    match_id     BIGINT      NOT NULL,
    source       VARCHAR(32) NOT NULL,
    external_id  VARCHAR(64) NULL,
    record_hash  CHAR(32)    NOT NULL,
    last_run_id  BIGINT      NULL,
    PRIMARY KEY (match_id, source),
    CONSTRAINT fk_msource_match FOREIGN KEY (match_id) REFERENCES matches (id)
);
CREATE UNIQUE INDEX ux_msource_external ON match_source (source, external_id);

CREATE TABLE match_statistics (
    match_id                  BIGINT       NOT NULL,
    source                    VARCHAR(32)  NOT NULL,
    home_shots                SMALLINT     NULL,
    away_shots                SMALLINT     NULL,
    home_shots_on_target      SMALLINT     NULL,
    away_shots_on_target      SMALLINT     NULL,
    home_corners              SMALLINT     NULL,
    away_corners              SMALLINT     NULL,
    home_fouls                SMALLINT     NULL,
    away_fouls                SMALLINT     NULL,
    home_yellow_cards         SMALLINT     NULL,
    away_yellow_cards         SMALLINT     NULL,
    home_red_cards            SMALLINT     NULL,
    away_red_cards            SMALLINT     NULL,
    home_expected_goals       DECIMAL(5,2) NULL,
    away_expected_goals       DECIMAL(5,2) NULL,
    PRIMARY KEY (match_id, source),
    CONSTRAINT fk_stats_match FOREIGN KEY (match_id) REFERENCES matches (id),
    CONSTRAINT ck_stats_on_target CHECK ((home_shots_on_target IS NULL OR home_shots IS NULL OR home_shots_on_target <= home_shots)
                                      AND (away_shots_on_target IS NULL OR away_shots IS NULL OR away_shots_on_target <= away_shots))
);

-- One row per (match, source, bookmaker, market, line, phase). Prices are decimal odds;
-- only the columns of the row's market are set, the others stay NULL.
CREATE TABLE odds (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    match_id      BIGINT       NOT NULL,
    source        VARCHAR(32)  NOT NULL,
    bookmaker     VARCHAR(40)  NOT NULL,
    market        VARCHAR(16)  NOT NULL,
    line          DECIMAL(5,2) NULL,
    closing       BOOLEAN      NOT NULL,
    home_price    DECIMAL(8,3) NULL,
    draw_price    DECIMAL(8,3) NULL,
    away_price    DECIMAL(8,3) NULL,
    over_price    DECIMAL(8,3) NULL,
    under_price   DECIMAL(8,3) NULL,
    yes_price     DECIMAL(8,3) NULL,
    no_price      DECIMAL(8,3) NULL,
    collected_at  DATETIME     NULL,
    CONSTRAINT fk_odds_match FOREIGN KEY (match_id) REFERENCES matches (id),
    CONSTRAINT ck_odds_market CHECK (market IN ('ONE_X_TWO', 'OVER_UNDER', 'ASIAN_HANDICAP', 'BTTS')),
    CONSTRAINT ck_odds_positive CHECK ((home_price IS NULL OR home_price > 1) AND (draw_price IS NULL OR draw_price > 1)
                                   AND (away_price IS NULL OR away_price > 1) AND (over_price IS NULL OR over_price > 1)
                                   AND (under_price IS NULL OR under_price > 1) AND (yes_price IS NULL OR yes_price > 1)
                                   AND (no_price IS NULL OR no_price > 1))
);
CREATE INDEX ix_odds_match ON odds (match_id, market, closing);

-- Snapshots of league tables as a provider published them (API-Football /standings).
CREATE TABLE standing_snapshot (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    league_id      INT          NOT NULL,
    season_id      INT          NOT NULL,
    team_id        BIGINT       NOT NULL,
    source         VARCHAR(32)  NOT NULL,
    position       SMALLINT     NOT NULL,
    played         SMALLINT     NOT NULL,
    won            SMALLINT     NULL,
    drawn          SMALLINT     NULL,
    lost           SMALLINT     NULL,
    goals_for      SMALLINT     NULL,
    goals_against  SMALLINT     NULL,
    points         SMALLINT     NOT NULL,
    form           VARCHAR(10)  NULL,
    collected_at   DATETIME     NOT NULL,
    CONSTRAINT fk_standing_league FOREIGN KEY (league_id) REFERENCES league (id),
    CONSTRAINT fk_standing_season FOREIGN KEY (season_id) REFERENCES season (id),
    CONSTRAINT fk_standing_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT uq_standing UNIQUE (league_id, season_id, team_id, source, collected_at)
);

CREATE TABLE injury (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id       BIGINT       NOT NULL,
    match_id      BIGINT       NULL,
    source        VARCHAR(32)  NOT NULL,
    player_name   VARCHAR(100) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    reason        VARCHAR(100) NULL,
    reported_for  DATE         NULL,
    collected_at  DATETIME     NOT NULL,
    CONSTRAINT fk_injury_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_injury_match FOREIGN KEY (match_id) REFERENCES matches (id),
    CONSTRAINT uq_injury UNIQUE (team_id, source, player_name, reported_for)
);

-- Names from secondary sources that matched no known club: reported with candidates,
-- never turned silently into a new club.
CREATE TABLE unmatched_team_name (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    source       VARCHAR(32)  NOT NULL,
    country      VARCHAR(60)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    candidates   VARCHAR(500) NULL,
    occurrences  INT          NOT NULL DEFAULT 1,
    last_seen_at DATETIME     NOT NULL,
    CONSTRAINT uq_unmatched UNIQUE (source, country, name)
);
