-- Goal Attainment Scaling done properly: each goal has its five levels (−2..+2) written and agreed before any
-- scoring, and a weight that is importance × difficulty (each 1..3); each score has the date it refers to.
-- Goals recorded before this migration keep their weight and have no written levels (all new columns are
-- nullable on plan_goal); their scores take the day they were recorded as their date.
ALTER TABLE plan_goal ADD COLUMN level_minus2 VARCHAR(300);
ALTER TABLE plan_goal ADD COLUMN level_minus1 VARCHAR(300);
ALTER TABLE plan_goal ADD COLUMN level_0 VARCHAR(300);
ALTER TABLE plan_goal ADD COLUMN level_plus1 VARCHAR(300);
ALTER TABLE plan_goal ADD COLUMN level_plus2 VARCHAR(300);
ALTER TABLE plan_goal ADD COLUMN importance INTEGER;
ALTER TABLE plan_goal ADD COLUMN difficulty INTEGER;
ALTER TABLE plan_goal ADD CONSTRAINT plan_goal_importance CHECK (importance BETWEEN 1 AND 3);
ALTER TABLE plan_goal ADD CONSTRAINT plan_goal_difficulty CHECK (difficulty BETWEEN 1 AND 3);
ALTER TABLE plan_goal ADD CONSTRAINT plan_goal_weight_rule
    CHECK (importance IS NULL OR difficulty IS NULL OR weight = importance * difficulty);

ALTER TABLE plan_goal_score ADD COLUMN scored_on DATE;
UPDATE plan_goal_score SET scored_on = CAST(scored_at AS DATE);
ALTER TABLE plan_goal_score ALTER COLUMN scored_on SET NOT NULL;
CREATE INDEX plan_goal_score_goal_on ON plan_goal_score (goal_id, scored_on);
