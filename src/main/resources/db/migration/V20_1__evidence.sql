-- The evidence module (issue 18, ADR 0023): what the tools publish, kept once per event in tables of its own.
-- Each table's primary key is the published item's key, so a replayed or retried event inserts nothing; the
-- contributions and ratings also keep a revision that only a higher one replaces.

-- An indicator's reading (indicators.IndicatorRead), kept by the indicators module's reading id.
CREATE TABLE evidence_reading (
    reading_id BIGINT PRIMARY KEY,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    phase VARCHAR(20) NOT NULL,
    indicator_id BIGINT NOT NULL,
    indicator_name VARCHAR(200) NOT NULL,
    unit VARCHAR(60) NOT NULL,
    objective VARCHAR(32) NOT NULL,
    reading_value NUMERIC(19, 4) NOT NULL,
    baseline_value NUMERIC(19, 4) NOT NULL,
    target_value NUMERIC(19, 4) NOT NULL,
    direction VARCHAR(8) NOT NULL,
    read_on DATE NOT NULL,
    -- (value - baseline) / (target - baseline) in per cent, not clamped
    progress NUMERIC(19, 4) NOT NULL,
    CONSTRAINT evidence_reading_phase CHECK (phase IN ('co-commissioning', 'co-design', 'co-delivery', 'co-assessment')),
    CONSTRAINT evidence_reading_direction CHECK (direction IN ('higher', 'lower'))
);
CREATE INDEX evidence_reading_by_initiative ON evidence_reading (initiative_id, indicator_id, read_on);

-- A contribution (ledger.ContributionRecorded), kept by its key; a higher revision replaces it, 0 withdraws it.
CREATE TABLE evidence_contribution (
    entry_key VARCHAR(200) PRIMARY KEY,
    revision BIGINT NOT NULL,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    phase VARCHAR(20) NOT NULL,
    -- who contributed, only to count distinct people; never shown
    person_id BIGINT,
    side VARCHAR(12) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    quantity NUMERIC(19, 4) NOT NULL,
    contributed_on DATE NOT NULL,
    CONSTRAINT evidence_contribution_revision CHECK (revision >= 1),
    CONSTRAINT evidence_contribution_quantity CHECK (quantity >= 0),
    CONSTRAINT evidence_contribution_side CHECK (side IN ('citizen', 'professional')),
    CONSTRAINT evidence_contribution_kind CHECK (kind IN ('hours', 'money', 'materials', 'kilometres'))
);
CREATE INDEX evidence_contribution_by_initiative ON evidence_contribution (initiative_id, phase);

-- A survey response (survey.ResponseSubmitted), kept by the survey's response id: one per person.
CREATE TABLE evidence_response (
    response_id BIGINT PRIMARY KEY,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    instance_id BIGINT NOT NULL,
    phase VARCHAR(20) NOT NULL,
    received_on DATE NOT NULL
);
CREATE INDEX evidence_response_by_initiative ON evidence_response (initiative_id, phase);

-- Its scale answers; a named response changed before the close replaces its values.
CREATE TABLE evidence_scale (
    response_id BIGINT NOT NULL REFERENCES evidence_response (response_id) ON DELETE CASCADE,
    question_id BIGINT NOT NULL,
    scale_kind VARCHAR(8) NOT NULL,
    answer_value INT NOT NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT evidence_scale_kind CHECK (scale_kind IN ('scale5', 'scale10', 'nps')),
    CONSTRAINT evidence_scale_value CHECK ((scale_kind = 'scale5' AND answer_value BETWEEN 1 AND 5)
        OR (scale_kind = 'scale10' AND answer_value BETWEEN 1 AND 10)
        OR (scale_kind = 'nps' AND answer_value BETWEEN 0 AND 10))
);

-- A quick rating's face (rating.RatingGiven), kept by the rating's row; a later tap the same day replaces it.
CREATE TABLE evidence_rating (
    rating_id BIGINT PRIMARY KEY,
    revision BIGINT NOT NULL,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    instance_id BIGINT NOT NULL,
    phase VARCHAR(20) NOT NULL,
    score SMALLINT NOT NULL,
    rated_on DATE NOT NULL,
    CONSTRAINT evidence_rating_score CHECK (score IN (-1, 0, 1))
);
CREATE INDEX evidence_rating_by_initiative ON evidence_rating (initiative_id, phase);
