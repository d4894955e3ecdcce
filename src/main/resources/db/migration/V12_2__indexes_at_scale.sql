-- Indexes found missing with city-scale data (docs/benchmarks.md): the initiative page lists the first members
-- in joining order, and the proposals list shows the most recent proposals.
CREATE INDEX initiative_member_joined ON initiative_member (initiative_id, joined_at, person_id);
CREATE INDEX initiative_proposal_recent ON initiative_proposal (created_at, id);
