-- The portfolio's running totals (issue 18's 200 ms target): per initiative and phase (and scale kind for the survey
-- answers) the counts, sums and first days the portfolio reads, kept by EvidenceRepository in the transaction that
-- stores each evidence row, so /evidence reads a few thousand rows instead of every evidence row in scope. The
-- distinct people who contributed are counted through one row per initiative, phase, person and side (counted_as
-- 'person' for either side). Backfilled here from the evidence rows with the same grouped queries the pages ran.

-- Each indicator's latest reading (latest day, then highest reading id) with its first day and how many readings.
CREATE TABLE evidence_indicator_latest (
    indicator_id BIGINT PRIMARY KEY,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    reading_id BIGINT NOT NULL,
    phase VARCHAR(20) NOT NULL,
    indicator_name VARCHAR(200) NOT NULL,
    unit VARCHAR(60) NOT NULL,
    objective VARCHAR(32) NOT NULL,
    reading_value NUMERIC(19, 4) NOT NULL,
    baseline_value NUMERIC(19, 4) NOT NULL,
    target_value NUMERIC(19, 4) NOT NULL,
    direction VARCHAR(8) NOT NULL,
    read_on DATE NOT NULL,
    progress NUMERIC(19, 4) NOT NULL,
    since DATE NOT NULL,
    readings INT NOT NULL
);
CREATE INDEX evidence_indicator_latest_by_initiative ON evidence_indicator_latest (initiative_id);

CREATE TABLE evidence_rating_total (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    phase VARCHAR(20) NOT NULL,
    ratings INT NOT NULL,
    positive INT NOT NULL,
    negative INT NOT NULL,
    since DATE NOT NULL,
    PRIMARY KEY (initiative_id, phase)
);

CREATE TABLE evidence_response_total (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    phase VARCHAR(20) NOT NULL,
    responses INT NOT NULL,
    since DATE NOT NULL,
    PRIMARY KEY (initiative_id, phase)
);

CREATE TABLE evidence_scale_total (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    phase VARCHAR(20) NOT NULL,
    scale_kind VARCHAR(8) NOT NULL,
    answers INT NOT NULL,
    people INT NOT NULL,
    answer_sum BIGINT NOT NULL,
    promoters INT NOT NULL,
    detractors INT NOT NULL,
    since DATE NOT NULL,
    PRIMARY KEY (initiative_id, phase, scale_kind)
);

-- The sums stay NULL while no entry of their kind and side is in, as SUM over no rows is.
CREATE TABLE evidence_contribution_total (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    phase VARCHAR(20) NOT NULL,
    citizen_hours NUMERIC(19, 4),
    professional_hours NUMERIC(19, 4),
    money NUMERIC(19, 4),
    kilometres NUMERIC(19, 4),
    citizens INT NOT NULL,
    professionals INT NOT NULL,
    people INT NOT NULL,
    entries INT NOT NULL,
    since DATE NOT NULL,
    PRIMARY KEY (initiative_id, phase)
);

CREATE TABLE evidence_contributor (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    phase VARCHAR(20) NOT NULL,
    person_id BIGINT NOT NULL,
    counted_as VARCHAR(12) NOT NULL,
    PRIMARY KEY (initiative_id, phase, person_id, counted_as),
    CONSTRAINT evidence_contributor_counted_as CHECK (counted_as IN ('citizen', 'professional', 'person'))
);

INSERT INTO evidence_indicator_latest (indicator_id, initiative_id, reading_id, phase, indicator_name, unit, objective,
    reading_value, baseline_value, target_value, direction, read_on, progress, since, readings)
SELECT r.indicator_id, r.initiative_id, r.reading_id, r.phase, r.indicator_name, r.unit, r.objective, r.reading_value,
    r.baseline_value, r.target_value, r.direction, r.read_on, r.progress, f.since, f.readings
FROM evidence_reading r
JOIN (SELECT indicator_id, MIN(read_on) AS since, COUNT(*) AS readings FROM evidence_reading GROUP BY indicator_id) f
    ON f.indicator_id = r.indicator_id
WHERE NOT EXISTS (SELECT 1 FROM evidence_reading n WHERE n.indicator_id = r.indicator_id
    AND (n.read_on > r.read_on OR (n.read_on = r.read_on AND n.reading_id > r.reading_id)));

INSERT INTO evidence_rating_total (initiative_id, phase, ratings, positive, negative, since)
SELECT initiative_id, phase, COUNT(*), SUM(CASE WHEN score = 1 THEN 1 ELSE 0 END),
    SUM(CASE WHEN score = -1 THEN 1 ELSE 0 END), MIN(rated_on)
FROM evidence_rating GROUP BY initiative_id, phase;

INSERT INTO evidence_response_total (initiative_id, phase, responses, since)
SELECT initiative_id, phase, COUNT(*), MIN(received_on) FROM evidence_response GROUP BY initiative_id, phase;

INSERT INTO evidence_scale_total (initiative_id, phase, scale_kind, answers, people, answer_sum, promoters, detractors,
    since)
SELECT r.initiative_id, r.phase, s.scale_kind, COUNT(*), COUNT(DISTINCT r.response_id), SUM(s.answer_value),
    SUM(CASE WHEN s.answer_value >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN s.answer_value <= 6 THEN 1 ELSE 0 END),
    MIN(r.received_on)
FROM evidence_scale s JOIN evidence_response r ON r.response_id = s.response_id
GROUP BY r.initiative_id, r.phase, s.scale_kind;

INSERT INTO evidence_contribution_total (initiative_id, phase, citizen_hours, professional_hours, money, kilometres,
    citizens, professionals, people, entries, since)
SELECT initiative_id, phase, SUM(CASE WHEN kind = 'hours' AND side = 'citizen' THEN quantity END),
    SUM(CASE WHEN kind = 'hours' AND side = 'professional' THEN quantity END),
    SUM(CASE WHEN kind = 'money' THEN quantity END), SUM(CASE WHEN kind = 'kilometres' THEN quantity END),
    COUNT(DISTINCT CASE WHEN side = 'citizen' THEN person_id END),
    COUNT(DISTINCT CASE WHEN side = 'professional' THEN person_id END),
    COUNT(DISTINCT person_id), COUNT(*), MIN(contributed_on)
FROM evidence_contribution WHERE quantity > 0 GROUP BY initiative_id, phase;

INSERT INTO evidence_contributor (initiative_id, phase, person_id, counted_as)
SELECT DISTINCT initiative_id, phase, person_id, side FROM evidence_contribution
WHERE quantity > 0 AND person_id IS NOT NULL;

INSERT INTO evidence_contributor (initiative_id, phase, person_id, counted_as)
SELECT DISTINCT initiative_id, phase, person_id, 'person' FROM evidence_contribution
WHERE quantity > 0 AND person_id IS NOT NULL;
