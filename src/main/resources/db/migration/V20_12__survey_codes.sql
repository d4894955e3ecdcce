-- Surveys answered with a voting code (issue 18, ADR 0033): a code issued by the initiative's budget lets a person
-- without an account answer each of the initiative's surveys that take codes, once, and edit it until the close.
-- A code response has no person; its key is SHA-256 of the survey and the code together ("survey-code:<id>:<code>"),
-- never the code nor the budget's hash of it, so the response cannot be joined to budget_code or its ballot.
ALTER TABLE survey ADD COLUMN codes BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE survey_response ADD COLUMN code_key CHAR(64);
ALTER TABLE survey_response ADD CONSTRAINT survey_response_once_per_code UNIQUE (tool_instance_id, code_key);
ALTER TABLE survey_response ADD CONSTRAINT survey_response_person_or_code CHECK (
    person_id IS NULL OR code_key IS NULL);

-- A code holder's fields (save and resume, then the copy edited until the close), under the same key.
CREATE TABLE survey_code_draft (
    tool_instance_id BIGINT NOT NULL REFERENCES survey (tool_instance_id) ON DELETE CASCADE,
    code_key CHAR(64) NOT NULL,
    answers VARCHAR(1000000) NOT NULL,
    saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT survey_code_draft_pk PRIMARY KEY (tool_instance_id, code_key)
);
