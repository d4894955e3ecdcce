-- Generates the tracking benchmark data on PostgreSQL: 20 public (collective, open) initiatives, each with a
-- tracking tool in co-delivery holding 100 results (2,000 in all: a fifth planned, half in progress, a fifth
-- completed, a tenth cancelled with a reason), each with the update that set it and two milestones; and 5 group
-- initiatives with 100 results each, which the organisation-wide page must leave out. Run it on a freshly
-- migrated, empty database.
INSERT INTO organisation (name, created_at) VALUES ('Bench organisation', now());

INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status, created_at,
    last_activity_at)
SELECT 'Bilancio partecipativo ' || g, 'Bench', '', (SELECT MIN(id) FROM organisation), 'mobility',
       CASE WHEN g <= 20 THEN 'collective' ELSE 'group' END, 'open', now(), now()
FROM generate_series(1, 25) g;

INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
SELECT id, 'co-delivery', 'tracking', now() FROM initiative;

INSERT INTO tracked_result (tool_instance_id, title, description, status, cancel_reason, progress, budget_cents,
    spent_cents, created_at, updated_at)
SELECT t.id,
       'Progetto n. ' || g || ' di ' || i.title || ': àèìòù',
       'Un progetto finanziato dai residenti, con le sue tappe.',
       CASE WHEN g % 10 < 2 THEN 'planned' WHEN g % 10 < 7 THEN 'in-progress' WHEN g % 10 < 9 THEN 'completed'
            ELSE 'cancelled' END,
       CASE WHEN g % 10 = 9 THEN 'Costi non più sostenibili' END,
       CASE WHEN g % 10 < 2 THEN 0 WHEN g % 10 < 7 THEN (g * 7) % 100 WHEN g % 10 < 9 THEN 100 ELSE 30 END,
       (5 + g % 120) * 100000,
       (5 + g % 120) * 100000 * (CASE WHEN g % 10 < 2 THEN 0 WHEN g % 10 < 9 THEN (g * 7) % 100 ELSE 30 END) / 100,
       now() - ((g % 400) || ' days')::interval,
       now() - ((g % 300) || ' hours')::interval
FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id, generate_series(1, 100) g;

INSERT INTO tracked_update (result_id, posted_at, body, status, progress, spent_cents)
SELECT id, updated_at, 'Avanzamento registrato.', status, progress, spent_cents FROM tracked_result;

INSERT INTO tracked_milestone (result_id, title, planned_on, done_on, created_at)
SELECT id, 'Inizio dei lavori', CURRENT_DATE - 30, CURRENT_DATE - 28, now() FROM tracked_result
UNION ALL
SELECT id, 'Fine dei lavori', CURRENT_DATE + 90, NULL, now() FROM tracked_result;

ANALYZE;
