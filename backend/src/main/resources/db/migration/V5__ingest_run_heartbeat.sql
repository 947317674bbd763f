-- A running import beats a heartbeat into its run; a RUNNING run whose heartbeat stopped (its
-- process died, kill -9 or a crash) is closed as ABORTED by the next import or server start.
-- Several instances share one database, so staleness is judged by the heartbeat, never by
-- which process looks: a run with a fresh heartbeat belongs to a live instance.
ALTER TABLE ingest_run ADD COLUMN heartbeat_at DATETIME(3) NULL;
ALTER TABLE ingest_run DROP CONSTRAINT ck_run_status;
ALTER TABLE ingest_run ADD CONSTRAINT ck_run_status
    CHECK (status IN ('RUNNING', 'SUCCEEDED', 'UNCHANGED', 'FAILED', 'ABORTED'));
