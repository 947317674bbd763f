-- Users are who their bearer tokens say (the subject, up to 255 characters: Auth0's "auth0|..."
-- or a Keycloak UUID). A row is made by the user's first follow and removed by deleteMe with
-- everything that points to it.
CREATE TABLE app_user (
    id          VARCHAR(255) NOT NULL PRIMARY KEY,
    created_at  DATETIME(3)  NOT NULL
);

CREATE TABLE followed_team (
    user_id     VARCHAR(255) NOT NULL,
    team_id     BIGINT       NOT NULL,
    followed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id, team_id),
    CONSTRAINT fk_followed_team_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_followed_team_team FOREIGN KEY (team_id) REFERENCES team (id)
);

-- League codes come from the catalog (catalog/leagues.csv), which may name leagues not yet imported.
CREATE TABLE followed_league (
    user_id     VARCHAR(255) NOT NULL,
    league_code VARCHAR(16)  NOT NULL,
    followed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id, league_code),
    CONSTRAINT fk_followed_league_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Admin mutations: who (the token's subject), what (operation and arguments), when, and how it
-- ended (the payload type, FORBIDDEN, FAILED).
CREATE TABLE admin_audit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    happened_at DATETIME(3)   NOT NULL,
    actor       VARCHAR(255)  NOT NULL,
    operation   VARCHAR(64)   NOT NULL,
    arguments   VARCHAR(1000) NOT NULL,
    outcome     VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_admin_audit_actor ON admin_audit (actor);
