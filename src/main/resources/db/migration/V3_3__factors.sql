-- Influential factors. Organisation side: a readiness questionnaire per initiative, filled by its owner.
-- Citizen side: opt-in answers of members, shown to nobody but the person and reported only in aggregate.
CREATE TABLE readiness_answer (
    initiative_id BIGINT PRIMARY KEY REFERENCES initiative (id) ON DELETE CASCADE,
    compatibility INT NOT NULL,
    open_attitude INT NOT NULL,
    risk_averse_culture INT NOT NULL,
    incentives INT NOT NULL,
    answered_by BIGINT REFERENCES app_user (id),
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT readiness_likert CHECK (compatibility BETWEEN 1 AND 5 AND open_attitude BETWEEN 1 AND 5
        AND risk_averse_culture BETWEEN 1 AND 5 AND incentives BETWEEN 1 AND 5)
);

CREATE TABLE citizen_factor_answer (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES app_user (id),
    skills INT NOT NULL,
    intrinsic_motivation INT NOT NULL,
    ownership INT NOT NULL,
    social_capital INT NOT NULL,
    risk_aversion INT NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (initiative_id, person_id),
    CONSTRAINT citizen_factor_likert CHECK (skills BETWEEN 1 AND 5 AND intrinsic_motivation BETWEEN 1 AND 5
        AND ownership BETWEEN 1 AND 5 AND social_capital BETWEEN 1 AND 5 AND risk_aversion BETWEEN 1 AND 5)
);
