-- Each club's rating after every match, as of the latest training run (the web app charts it).
CREATE TABLE rating_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    club_key    VARCHAR(160) NOT NULL,
    team_id     BIGINT       NULL,
    rating_system VARCHAR(16) NOT NULL,
    rated_on    DATE         NOT NULL,
    rating      DOUBLE       NOT NULL,
    CONSTRAINT fk_rating_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_rating_system CHECK (rating_system IN ('ELO', 'PI_HOME', 'PI_AWAY'))
);
CREATE INDEX ix_rating_team ON rating_history (team_id, rating_system, rated_on);
CREATE INDEX ix_rating_club ON rating_history (club_key, rating_system, rated_on);
