-- Dixon-Coles attack and defence strengths join Elo and the pi-ratings in each club's history.
ALTER TABLE rating_history DROP CONSTRAINT ck_rating_system;
ALTER TABLE rating_history ADD CONSTRAINT ck_rating_system
    CHECK (rating_system IN ('ELO', 'PI_HOME', 'PI_AWAY', 'DC_ATTACK', 'DC_DEFENCE'));
