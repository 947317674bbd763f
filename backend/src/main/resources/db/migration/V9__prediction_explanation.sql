-- Each prediction's explanation, written with it: the factors' effects on home win, draw and away
-- win (probability), one line per factor, key|english|chinese|home|draw|away. Kept beside the ledger
-- so that every serving instance, and a restarted one, can show why any prediction was made.
CREATE TABLE prediction_explanation (
    prediction_id  BIGINT        NOT NULL PRIMARY KEY,
    baseline       VARCHAR(100)  NOT NULL,
    factors        VARCHAR(8000) NOT NULL,
    CONSTRAINT fk_explanation_prediction FOREIGN KEY (prediction_id) REFERENCES prediction (id)
);
