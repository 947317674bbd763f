-- The betting view's ledger: each pick a strategy made on the serving clock, the price taken then,
-- and, once the match is over, the closing price, closing-line value and what the paper stake
-- returned. Runs unchanged on H2 (MODE=MySQL) and MariaDB. No foreign keys, like the prediction
-- ledger: a record of what was said at the time.
--
-- One pick per strategy, match and selection: the first time the edge passed the strategy's rule.
-- status: OPEN until the match is settled, then WON, LOST or VOID (postponed, cancelled).
-- stake: in units of a paper bankroll that starts at 100 per strategy.
-- closing_probability: the margin-free closing probability (closing average, else Pinnacle closing).
CREATE TABLE value_pick (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    strategy             VARCHAR(40)  NOT NULL,
    match_id             BIGINT       NOT NULL,
    league               VARCHAR(16)  NOT NULL,
    selection            VARCHAR(16)  NOT NULL,
    prediction_id        BIGINT       NOT NULL,
    model_probability    DOUBLE       NOT NULL,
    market_probability   DOUBLE       NOT NULL,
    price                DOUBLE       NOT NULL,
    bookmaker            VARCHAR(64)  NOT NULL,
    edge                 DOUBLE       NOT NULL,
    stake                DOUBLE       NOT NULL,
    picked_at            DATETIME(3)  NOT NULL,
    status               VARCHAR(8)   NOT NULL,
    closing_price        DOUBLE       NULL,
    closing_probability  DOUBLE       NULL,
    clv                  DOUBLE       NULL,
    profit               DOUBLE       NULL,
    settled_at           DATETIME(3)  NULL,
    CONSTRAINT uq_value_pick UNIQUE (strategy, match_id, selection)
);

CREATE INDEX ix_value_pick_match ON value_pick (match_id, status);
CREATE INDEX ix_value_pick_strategy ON value_pick (strategy, picked_at);
