-- H2 only (MariaDB has no such setting and needs none). H2 hands out identity values from a
-- cache of 32 and, when it runs out, commits the sequence's state to disk; with WRITE_DELAY=0
-- that is a store of every changed page. A start-up import inserts 1.8 million odds rows and a
-- training run 700,000 rating-history points: tens of thousands of such stores. A large cache
-- makes them rare; the cost is a gap in the ids after a crash, which nothing depends on.
ALTER TABLE odds ALTER COLUMN id SET CACHE 100000;
ALTER TABLE matches ALTER COLUMN id SET CACHE 10000;
ALTER TABLE rejected_row ALTER COLUMN id SET CACHE 10000;
ALTER TABLE standing_snapshot ALTER COLUMN id SET CACHE 10000;
ALTER TABLE rating_history ALTER COLUMN id SET CACHE 100000;
