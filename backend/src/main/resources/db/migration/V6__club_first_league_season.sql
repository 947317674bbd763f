-- Where an import first met a club it added to the catalog (a club promoted from a division
-- Matchcast does not track, say), so that the quality report can show every new club beside its
-- league-season. NULL for seeded clubs and clubs created before this column existed.
ALTER TABLE team ADD COLUMN first_league_code VARCHAR(16) NULL;
ALTER TABLE team ADD COLUMN first_season_code VARCHAR(9) NULL;
CREATE INDEX ix_team_first_league_season ON team (first_league_code, first_season_code);
