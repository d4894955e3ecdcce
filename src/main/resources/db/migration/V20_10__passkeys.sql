-- Issue 19, part 2 (ADR 0031): passkeys (WebAuthn) through Spring Security's support, in Cocrea's own tables so that
-- a passkey belongs to an account (app_user) and follows it.
-- The WebAuthn user handle of a person: random bytes (base64url), never their address, made at their first passkey.
CREATE TABLE passkey_user (
    person_id BIGINT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    user_handle VARCHAR(100) NOT NULL,
    CONSTRAINT passkey_user_handle_unique UNIQUE (user_handle)
);

-- A person's passkeys: the public key (COSE) and the attestation it came with, the signature counter, the name the
-- person gave it, and when it was added and last used. The credential id is base64url (at most 1023 bytes).
CREATE TABLE passkey (
    credential_id VARCHAR(1400) PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES passkey_user (person_id) ON DELETE CASCADE,
    label VARCHAR(60) NOT NULL,
    public_key BYTEA NOT NULL,
    attestation_object BYTEA NOT NULL,
    attestation_client_data_json BYTEA,
    credential_type VARCHAR(40),
    signature_count BIGINT NOT NULL,
    uv_initialized BOOLEAN NOT NULL,
    backup_eligible BOOLEAN NOT NULL,
    backup_state BOOLEAN NOT NULL,
    transports VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX passkey_person ON passkey (person_id);
