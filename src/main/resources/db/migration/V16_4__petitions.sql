-- The citizen's proposal to an organisation is named a petition (issue 13), so that nobody confuses it with the
-- proposals tool (module ideas). Tables, column, constraints and indexes follow the name; the data stays.
ALTER TABLE proposal_settings RENAME TO petition_settings;
ALTER TABLE petition_settings RENAME CONSTRAINT proposal_settings_threshold TO petition_settings_threshold;
ALTER TABLE petition_settings RENAME CONSTRAINT proposal_settings_days TO petition_settings_days;

ALTER TABLE initiative_proposal RENAME TO petition;
ALTER TABLE petition RENAME CONSTRAINT proposal_status TO petition_status;
ALTER TABLE petition RENAME CONSTRAINT proposal_level TO petition_level;
ALTER TABLE petition RENAME CONSTRAINT proposal_domain TO petition_domain;
ALTER TABLE petition RENAME CONSTRAINT proposal_declined_reasons TO petition_declined_reasons;
ALTER TABLE petition RENAME CONSTRAINT proposal_accepted_initiative TO petition_accepted_initiative;
ALTER INDEX initiative_proposal_org RENAME TO petition_org;
ALTER INDEX initiative_proposal_recent RENAME TO petition_recent;

ALTER TABLE proposal_support RENAME TO petition_support;
ALTER TABLE petition_support RENAME COLUMN proposal_id TO petition_id;
