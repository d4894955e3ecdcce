-- Whether the initiative's facilitators (and owners) may cast a ballot is an explicit setting of each budget and
-- vote (the ballots module's one eligibility rule). The defaults keep what each tool did before: the budget is the
-- citizens' (facilitators set it up and do not vote), the prioritisation vote lets facilitators vote.
ALTER TABLE budget ADD COLUMN facilitators_vote BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE vote ADD COLUMN facilitators_vote BOOLEAN DEFAULT TRUE NOT NULL;
