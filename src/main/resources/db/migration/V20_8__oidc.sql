-- Issue 19, part 1 (ADR 0029): an account's identities at OpenID Connect providers. A provider's subject is its
-- stable, pseudonymous id of the person; one identity opens one account, and an account has at most one identity
-- at each provider. Nothing else from the provider is kept (no tokens, no fiscal code: a fiscal_number claim only
-- verifies residence through the census's keyed hashes).
CREATE TABLE oidc_identity (
    provider VARCHAR(64) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    person_id BIGINT NOT NULL REFERENCES app_user (id),
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT oidc_identity_pk PRIMARY KEY (provider, subject),
    CONSTRAINT oidc_identity_person_once UNIQUE (provider, person_id)
);
CREATE INDEX oidc_identity_person ON oidc_identity (person_id);
