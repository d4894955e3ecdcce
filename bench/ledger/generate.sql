-- Generates the ledger benchmark data on PostgreSQL: one public (collective, open) initiative whose ledger holds
-- 1,000,000 contributions of 1,000 people over three years in four tools of two phases (hours of both sides,
-- kilometres, money, materials), their totals as the ledger keeps them (one row per initiative, phase, tool, side,
-- kind, unit and day), and three rates of its organisation changing twice. Run it on a freshly migrated, empty
-- database.
INSERT INTO organisation (name, created_at) VALUES ('Bench organisation', now());

INSERT INTO app_user (email, name, language, kind, organisation_id, email_verified_at, terms_accepted_at,
    created_at)
SELECT 'bench' || g || '@example.org', 'Bench person ' || g, 'it',
       CASE WHEN g % 5 = 0 THEN 'professional' ELSE 'citizen' END,
       CASE WHEN g % 5 = 0 THEN (SELECT MIN(id) FROM organisation) END, now(), now(), now()
FROM generate_series(1, 1000) g;

INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status, created_at,
    last_activity_at)
VALUES ('Percorsi ciclabili (bench ledger)', 'Bench', '', (SELECT MIN(id) FROM organisation), 'mobility',
    'collective', 'open', now(), now());

INSERT INTO ledger_entry (entry_key, revision, initiative_id, phase, tool_id, tool_instance_id, person_id, side,
    kind, quantity, unit, done_on, recorded_at)
SELECT 'bench:' || g, 1 + g % 3, (SELECT MIN(id) FROM initiative),
       CASE WHEN g % 7 = 0 THEN 'co-assessment' ELSE 'co-delivery' END,
       (ARRAY['shifts', 'pacts', 'actions', 'tracking'])[1 + g % 4],
       1 + g % 4,
       (SELECT MIN(id) FROM app_user) + g % 1000,
       CASE WHEN g % 5 = 0 THEN 'professional' ELSE 'citizen' END,
       CASE WHEN g % 10 < 7 THEN 'hours' WHEN g % 10 = 7 THEN 'kilometres' WHEN g % 10 = 8 THEN 'money'
           ELSE 'materials' END,
       CASE WHEN g % 50 = 0 THEN 0 ELSE (1 + g % 16) / 2.0 END,
       CASE WHEN g % 10 = 9 THEN (ARRAY['sacchi', 'piantine', 'pasti'])[1 + g % 3] ELSE '' END,
       DATE '2024-01-01' + (g % 1096),
       now()
FROM generate_series(1, 1000000) g;

INSERT INTO ledger_total (initiative_id, phase, tool_id, side, kind, unit, done_on, quantity, entries)
SELECT initiative_id, phase, tool_id, side, kind, unit, done_on, SUM(quantity),
       SUM(CASE WHEN quantity > 0 THEN 1 ELSE 0 END)
FROM ledger_entry GROUP BY initiative_id, phase, tool_id, side, kind, unit, done_on;

INSERT INTO ledger_rate (organisation_id, rate, amount, applies_from, set_at)
SELECT (SELECT MIN(id) FROM organisation), r, a, d, now()
FROM (VALUES ('volunteer-hour', 15.00, DATE '2024-01-01'), ('professional-hour', 32.00, DATE '2024-01-01'),
             ('kilometre', 0.35, DATE '2024-01-01'), ('volunteer-hour', 16.50, DATE '2025-01-01'),
             ('kilometre', 0.42, DATE '2025-07-01')) AS v(r, a, d);

ANALYZE ledger_entry;
ANALYZE ledger_total;
