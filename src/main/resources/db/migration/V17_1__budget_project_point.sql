-- A budget project's place on the map (issue 14): copied from the accepted proposal it was imported from, so the
-- ballot's project card can link to OpenStreetMap. Both or neither, within range, like a proposal's point.
ALTER TABLE budget_project ADD COLUMN latitude DECIMAL(9, 6);
ALTER TABLE budget_project ADD COLUMN longitude DECIMAL(9, 6);
ALTER TABLE budget_project ADD CONSTRAINT budget_project_point CHECK ((latitude IS NULL AND longitude IS NULL)
    OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));
