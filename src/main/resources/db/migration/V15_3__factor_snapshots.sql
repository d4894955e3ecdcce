-- Finding 6: the citizens' factor averages are shown from a published snapshot, replaced only when at least five
-- people with a confirmed address answered, changed or withdrew since the last publication (FactorAnswers), so
-- that no single answer can be isolated by comparing two publications.
CREATE TABLE citizen_factor_snapshot (
    initiative_id BIGINT PRIMARY KEY REFERENCES initiative (id) ON DELETE CASCADE,
    respondents INT NOT NULL,
    skills DOUBLE PRECISION,
    intrinsic_motivation DOUBLE PRECISION,
    ownership DOUBLE PRECISION,
    social_capital DOUBLE PRECISION,
    risk_aversion DOUBLE PRECISION,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A withheld snapshot (fewer than five) holds no averages; a shown one holds all five.
    CONSTRAINT citizen_factor_snapshot_withheld CHECK (
        (respondents >= 5 AND skills IS NOT NULL AND intrinsic_motivation IS NOT NULL AND ownership IS NOT NULL
            AND social_capital IS NOT NULL AND risk_aversion IS NOT NULL)
        OR (respondents BETWEEN 0 AND 4 AND skills IS NULL AND intrinsic_motivation IS NULL AND ownership IS NULL
            AND social_capital IS NULL AND risk_aversion IS NULL))
);

-- Who answered, changed or withdrew since the last publication: one row per person, however often.
CREATE TABLE citizen_factor_change (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (initiative_id, person_id)
);

-- What was shown until now stays shown, counting confirmed people only: groups of at least five such answers.
INSERT INTO citizen_factor_snapshot (initiative_id, respondents, skills, intrinsic_motivation, ownership,
    social_capital, risk_aversion, published_at)
SELECT a.initiative_id, COUNT(*), AVG(CAST(a.skills AS DOUBLE PRECISION)),
    AVG(CAST(a.intrinsic_motivation AS DOUBLE PRECISION)), AVG(CAST(a.ownership AS DOUBLE PRECISION)),
    AVG(CAST(a.social_capital AS DOUBLE PRECISION)), AVG(CAST(a.risk_aversion AS DOUBLE PRECISION)),
    CURRENT_TIMESTAMP
FROM citizen_factor_answer a
JOIN app_user u ON u.id = a.person_id
WHERE u.email_verified_at IS NOT NULL AND u.deleted_at IS NULL
GROUP BY a.initiative_id
HAVING COUNT(*) >= 5;
