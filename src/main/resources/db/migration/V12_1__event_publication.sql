-- Spring Modulith's event publication log, created by Flyway rather than by Modulith at start-up: Modulith's own
-- CREATE TABLE IF NOT EXISTS is not safe when several nodes start together on an empty database (two nodes race
-- and one fails), while Flyway serialises migrations with its lock. Same columns as Modulith 2.0's schema v2,
-- in types both H2 and PostgreSQL accept; IF NOT EXISTS keeps databases where Modulith already created it.
CREATE TABLE IF NOT EXISTS event_publication (
    id UUID NOT NULL,
    listener_id VARCHAR NOT NULL,
    event_type VARCHAR NOT NULL,
    serialized_event VARCHAR NOT NULL,
    publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date TIMESTAMP WITH TIME ZONE,
    status VARCHAR(20),
    completion_attempts INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
