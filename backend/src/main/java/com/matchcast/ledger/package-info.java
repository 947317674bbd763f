/**
 * The prediction ledger: every prediction ever served, kept immutably, scored when its match is
 * played, exported for anyone to check.
 *
 * <ul>
 *   <li><b>Storage</b> (migration V7): {@code prediction}, one row per prediction with every
 *       field of {@link com.matchcast.prediction.Prediction}, numbers as DECIMAL with 10
 *       decimals, {@code previous_id} linking a match's predictions, {@code created_at}
 *       DATETIME(3) UTC, {@code previous_hash} and {@code row_hash}; {@code prediction_score},
 *       one row per scored or voided prediction; {@code ledger_head}, the one row appends lock;
 *       {@code prediction_goal_grid} (V14, unchangeable by V15), what each prediction's exact-score
 *       grid was made from, written with the row in its transaction, outside the hash chain.
 *   <li><b>Append-only, enforced by the database</b> (migration V8,
 *       {@link com.matchcast.ledger.ImmutableLedgerMigration}): BEFORE UPDATE and BEFORE DELETE
 *       triggers on prediction and prediction_score refuse every change (MariaDB: SIGNAL SQLSTATE
 *       '45000'; H2: {@link com.matchcast.ledger.ImmutableRowTrigger}). A correction is a new row.
 *   <li><b>Tamper evidence</b> ({@link com.matchcast.ledger.CanonicalRow}): one global chain in id
 *       order; each row_hash is SHA-256 over the row's canonical text and the previous row's hash.
 *       Appends from several instances are serialised by {@code SELECT ... FOR UPDATE} on
 *       ledger_head inside the append's transaction ({@link com.matchcast.ledger.R2dbcPredictionLedger}).
 *   <li><b>Scoring</b> ({@link com.matchcast.ledger.LedgerScorer}): the last prediction created
 *       before kick-off (kickoff_at, else 00:00 UTC of the match date) against the result, and
 *       the closing (AvgC, else PSC) and pre-match (Avg, else B365) markets on the same match;
 *       once per match. Postponed, abandoned and cancelled matches are voided, never scored; a
 *       rescheduled match is scored from the predictions recorded after its last void. A match is
 *       scored on its result's MatchUpdated (serving's ResultScoring), the refresh's pass catching up.
 *   <li><b>Track record</b> ({@link com.matchcast.ledger.TrackRecordService}, GraphQL
 *       {@code trackRecord}): figures per league, season, month or model version from the
 *       evaluation package's scoring code.
 *   <li><b>Export and verification</b>: {@code GET /ledger/export.csv} and
 *       {@code /ledger/export.json}, oldest first; {@link com.matchcast.ledger.LedgerVerifier} and
 *       the {@code verify-ledger --file export.csv} command re-compute the chain.
 * </ul>
 */
package com.matchcast.ledger;
