-- The individual plans' outcomes in the evidence module (issue 18, ADR 0028): one row per plan (tool instance) and
-- scale, from plans.OutcomeRecorded. The plan's first and latest value are what the portfolio needs (mean GAS T-score,
-- its change, the ladder's change); a replayed event inserts nothing and only a higher revision (the plan's latest
-- score or reading id) replaces the row.
CREATE TABLE evidence_outcome (
    instance_id BIGINT NOT NULL,
    scale VARCHAR(8) NOT NULL,
    revision BIGINT NOT NULL,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    phase VARCHAR(20) NOT NULL,
    first_on DATE NOT NULL,
    first_value NUMERIC(9, 4) NOT NULL,
    latest_on DATE NOT NULL,
    latest_value NUMERIC(9, 4) NOT NULL,
    PRIMARY KEY (instance_id, scale),
    CONSTRAINT evidence_outcome_scale CHECK (scale IN ('gas', 'ladder')),
    CONSTRAINT evidence_outcome_phase CHECK (phase IN ('co-commissioning', 'co-design', 'co-delivery', 'co-assessment')),
    CONSTRAINT evidence_outcome_ladder CHECK (scale <> 'ladder'
        OR (first_value BETWEEN 1 AND 10 AND latest_value BETWEEN 1 AND 10)),
    CONSTRAINT evidence_outcome_days CHECK (latest_on >= first_on)
);
CREATE INDEX evidence_outcome_by_initiative ON evidence_outcome (initiative_id, phase);

-- The quick rating's before/after comparison date, set by a facilitator in the rating's settings (issue 18, ADR
-- 0028); NULL: the page's default, four weeks before today.
ALTER TABLE rating_settings ADD COLUMN compare_on DATE;
