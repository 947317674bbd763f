-- The prediction ledger. Runs unchanged on H2 (MODE=MySQL) and MariaDB; the triggers that make
-- prediction and prediction_score immutable differ per database and come from the Java
-- migration V8 (com.matchcast.ledger.ImmutableLedgerMigration).
--
-- prediction: one row per prediction ever served, never updated or deleted (a correction is a
-- new row). Numbers are DECIMAL with 10 decimals so that what is hashed is exactly what is
-- stored on both databases. id is assigned by the appender from ledger_head (not
-- AUTO_INCREMENT), so the hash chain runs in id order without gaps. No foreign key to matches:
-- the ledger is evidence on its own and must outlive whatever an import does to a match row.
-- row_hash = SHA-256 over the row's canonical text and previous_hash (the previous row's
-- row_hash; 64 zeros for the first row); see com.matchcast.ledger.CanonicalRow.
CREATE TABLE prediction (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    match_id             BIGINT         NOT NULL,
    league               VARCHAR(16)    NOT NULL,
    season               VARCHAR(9)     NOT NULL,
    match_date           DATE           NOT NULL,
    kickoff_at           DATETIME       NULL,
    home_team            VARCHAR(100)   NOT NULL,
    away_team            VARCHAR(100)   NOT NULL,
    home_win             DECIMAL(11,10) NOT NULL,
    draw                 DECIMAL(11,10) NOT NULL,
    away_win             DECIMAL(11,10) NOT NULL,
    expected_home_goals  DECIMAL(13,10) NOT NULL,
    expected_away_goals  DECIMAL(13,10) NOT NULL,
    over_25              DECIMAL(11,10) NOT NULL,
    both_teams_to_score  DECIMAL(11,10) NOT NULL,
    top_scores           VARCHAR(1000)  NOT NULL,
    confidence           DECIMAL(11,10) NOT NULL,
    market_home_win      DECIMAL(11,10) NULL,
    market_draw          DECIMAL(11,10) NULL,
    market_away_win      DECIMAL(11,10) NULL,
    market_margin        DECIMAL(11,10) NULL,
    model_version        BIGINT         NOT NULL,
    inputs_hash          VARCHAR(64)    NOT NULL,
    previous_id          BIGINT         NULL,
    reason               VARCHAR(200)   NOT NULL,
    created_at           DATETIME(3)    NOT NULL,
    previous_hash        CHAR(64)       NOT NULL,
    row_hash             CHAR(64)       NOT NULL,
    CONSTRAINT ck_prediction_probabilities CHECK (home_win BETWEEN 0 AND 1 AND draw BETWEEN 0 AND 1
                                                  AND away_win BETWEEN 0 AND 1 AND confidence BETWEEN 0 AND 1),
    CONSTRAINT ck_prediction_market CHECK ((market_home_win IS NULL) = (market_margin IS NULL)),
    CONSTRAINT ck_prediction_previous CHECK (previous_id IS NULL OR previous_id < id)
);
-- The latest prediction of a match (and its history) reads the match's rows by id.
CREATE INDEX ix_prediction_match ON prediction (match_id, id);
CREATE INDEX ix_prediction_league_season_date ON prediction (league, season, match_date);
CREATE INDEX ix_prediction_model ON prediction (model_version);

-- The one row every append locks (SELECT ... FOR UPDATE) so that appends from several
-- instances sharing the database run one after the other and the chain never forks.
CREATE TABLE ledger_head (
    id         INT      NOT NULL PRIMARY KEY,
    last_id    BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL,
    CONSTRAINT ck_ledger_head_single CHECK (id = 1)
);
INSERT INTO ledger_head (id, last_id, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- How a match's prediction fared, one row per scored or voided prediction, never changed.
-- SCORED: prediction_id is the last prediction made before kick-off; the result, the model's
-- scores and the closing (AvgC, else PSC) and pre-match (Avg, else B365) markets' de-margined
-- probabilities and scores on the same match (NULL when that market had no 1X2 prices).
-- VOID: the match was postponed, abandoned or cancelled; prediction_id is the match's latest
-- prediction at that time and voids it and every earlier one of the match. A rescheduled
-- match is predicted afresh and scored from the predictions after the void.
CREATE TABLE prediction_score (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    prediction_id           BIGINT         NOT NULL,
    match_id                BIGINT         NOT NULL,
    league                  VARCHAR(16)    NOT NULL,
    season                  VARCHAR(9)     NOT NULL,
    match_date              DATE           NOT NULL,
    model_version           BIGINT         NOT NULL,
    voided                  BOOLEAN        NOT NULL,
    void_reason             VARCHAR(200)   NULL,
    result                  SMALLINT       NULL,
    home_goals              SMALLINT       NULL,
    away_goals              SMALLINT       NULL,
    kickoff_cutoff          DATETIME       NULL,
    model_rps               DECIMAL(13,10) NULL,
    model_log_loss          DECIMAL(13,10) NULL,
    model_brier             DECIMAL(13,10) NULL,
    closing_source          VARCHAR(8)     NULL,
    closing_home_win        DECIMAL(11,10) NULL,
    closing_draw            DECIMAL(11,10) NULL,
    closing_away_win        DECIMAL(11,10) NULL,
    closing_rps             DECIMAL(13,10) NULL,
    closing_log_loss        DECIMAL(13,10) NULL,
    closing_brier           DECIMAL(13,10) NULL,
    pre_match_source        VARCHAR(8)     NULL,
    pre_match_home_win      DECIMAL(11,10) NULL,
    pre_match_draw          DECIMAL(11,10) NULL,
    pre_match_away_win      DECIMAL(11,10) NULL,
    pre_match_rps           DECIMAL(13,10) NULL,
    pre_match_log_loss      DECIMAL(13,10) NULL,
    pre_match_brier         DECIMAL(13,10) NULL,
    scored_at               DATETIME(3)    NOT NULL,
    CONSTRAINT fk_score_prediction FOREIGN KEY (prediction_id) REFERENCES prediction (id),
    -- A prediction is scored or voided once; racing scorers lose on this key, not on a check in code.
    CONSTRAINT uq_score_prediction UNIQUE (prediction_id),
    CONSTRAINT ck_score_kind CHECK ((voided = TRUE AND void_reason IS NOT NULL AND result IS NULL AND model_rps IS NULL)
                                 OR (voided = FALSE AND void_reason IS NULL AND result IN (0, 1, 2) AND model_rps IS NOT NULL))
);
CREATE INDEX ix_score_match ON prediction_score (match_id, voided);
CREATE INDEX ix_score_league_season_date ON prediction_score (league, season, match_date);
CREATE INDEX ix_score_model_date ON prediction_score (model_version, match_date);
