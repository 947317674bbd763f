-- What each prediction's exact-score grid was made from, written with the prediction in the same
-- transaction: the goal expectations the anchored fit chose (before the low-score correction),
-- the Dixon-Coles correction rho and the largest score per side. The grid behind a prediction's
-- top scores, over/under and both-teams-to-score is a function of these four numbers alone
-- (com.matchcast.goals.ScoreGridParameters.grid), so the API draws the full grid a forecast was
-- made with, before kick-off, and never a grid recomputed from later data. DOUBLE keeps the
-- rates bit for bit on H2 and MariaDB, so the grid read back is the grid served. Predictions
-- recorded before this migration have no row (their scoreGrid is null). Runs unchanged on H2
-- (MODE=MySQL) and MariaDB.
CREATE TABLE prediction_goal_grid (
    prediction_id  BIGINT    NOT NULL PRIMARY KEY,
    home_rate      DOUBLE    NOT NULL,
    away_rate      DOUBLE    NOT NULL,
    rho            DOUBLE    NOT NULL,
    max_goals      SMALLINT  NOT NULL,
    CONSTRAINT fk_goal_grid_prediction FOREIGN KEY (prediction_id) REFERENCES prediction (id),
    CONSTRAINT ck_goal_grid CHECK (home_rate > 0 AND away_rate > 0 AND max_goals BETWEEN 1 AND 20)
);
