-- Representativeness (issue 18, ADR 0024): the population margins an organisation uploads (one row per dimension
-- and band, replaced whole by each upload) and the optional self-description a person gives for the
-- representativeness statistics only (one row per person, deleted when withdrawn or when the account is deleted).
CREATE TABLE evidence_population_margin (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    dimension VARCHAR(16) NOT NULL,
    band VARCHAR(80) NOT NULL,
    position INT NOT NULL,
    amount DECIMAL(18, 4) NOT NULL,
    is_share BOOLEAN NOT NULL,
    uploaded_by BIGINT REFERENCES app_user (id) ON DELETE SET NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT evidence_population_margin_key PRIMARY KEY (organisation_id, dimension, band),
    CONSTRAINT evidence_population_margin_dimension CHECK (dimension IN ('age', 'gender', 'district')),
    CONSTRAINT evidence_population_margin_amount CHECK (amount >= 0),
    CONSTRAINT evidence_population_margin_share CHECK (is_share = FALSE OR amount <= 100)
);

CREATE TABLE evidence_self_description (
    person_id BIGINT NOT NULL PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    birth_year INT,
    age_band VARCHAR(8),
    gender VARCHAR(16),
    district_organisation_id BIGINT REFERENCES organisation (id) ON DELETE SET NULL,
    district VARCHAR(80),
    given_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT evidence_self_description_year CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    CONSTRAINT evidence_self_description_age CHECK (birth_year IS NULL OR age_band IS NULL),
    CONSTRAINT evidence_self_description_gender
        CHECK (gender IS NULL OR gender IN ('female', 'male', 'other', 'undisclosed')),
    CONSTRAINT evidence_self_description_district
        CHECK ((district IS NULL AND district_organisation_id IS NULL) OR district IS NOT NULL)
);
