-- Generates the initiatives benchmark data on PostgreSQL: 10 organisations, 20,000 people, 10,000 initiatives
-- (all levels, statuses, domains; 1 to 4 phases each) and 100,000 memberships (10 per initiative).
-- Run it on a freshly migrated, empty database (identity values start at 1). Shared with later issues:
-- add their tables' rows after this script.
INSERT INTO organisation (name, created_at)
SELECT 'Bench organisation ' || g, now() FROM generate_series(1, 10) g;

INSERT INTO app_user (email, name, language, kind, email_verified_at, terms_accepted_at, created_at)
SELECT 'bench' || g || '@example.org', 'Bench person ' || g, 'en', 'citizen', now(), now(), now()
FROM generate_series(1, 20000) g;

INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status, created_at,
    last_activity_at)
SELECT 'Initiative ' || g || ' ' || (ARRAY['parks', 'school', 'health', 'bicycles', 'housing'])[1 + g % 5],
       'Summary of initiative ' || g || ' about ' || (ARRAY['trees', 'lessons', 'care', 'routes', 'homes'])[1 + g % 5],
       'A generated initiative.',
       1 + g % 10,
       (ARRAY['health', 'education', 'social-care', 'environment-and-parks', 'housing', 'mobility', 'culture',
              'safety', 'other'])[1 + g % 9],
       (ARRAY['individual', 'group', 'collective'])[1 + g % 3],
       (ARRAY['open', 'open', 'open', 'closed', 'archived', 'draft'])[1 + (g / 3) % 6],
       now() - (g || ' minutes')::interval,
       now() - (g || ' minutes')::interval
FROM generate_series(1, 10000) g;

-- The folded text that search reads (InitiativeRepository keeps it with java.text.Normalizer in the application);
-- the generated titles and summaries are plain ASCII, so lower case is the whole folding here.
UPDATE initiative SET search_text = LOWER(title || ' ' || summary);

INSERT INTO initiative_citizen_role (initiative_id, role)
SELECT id, (ARRAY['co-implementer', 'co-designer', 'initiator'])[1 + id % 3] FROM initiative;
INSERT INTO initiative_citizen_role (initiative_id, role)
SELECT id, (ARRAY['co-implementer', 'co-designer', 'initiator'])[1 + (id + 1) % 3] FROM initiative WHERE id % 2 = 0;

INSERT INTO initiative_objective (initiative_id, objective)
SELECT id, (ARRAY['effectiveness', 'efficiency', 'customer-satisfaction', 'none'])[1 + id % 4] FROM initiative;

INSERT INTO initiative_phase (initiative_id, cycle, phase, starts_on, ends_on)
SELECT i.id, 1, (ARRAY['co-commissioning', 'co-design', 'co-delivery', 'co-assessment'])[1 + k],
       DATE '2026-01-01' + CAST(i.id % 200 + k * 30 AS INT), DATE '2026-01-01' + CAST(i.id % 200 + k * 30 + 29 AS INT)
FROM initiative i CROSS JOIN generate_series(0, 3) k
WHERE k <= i.id % 4;

-- k * 1999 mod 20000 differs for k = 0..9, so each initiative gets ten different people.
INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
SELECT i.id, 1 + (i.id * 7 + k * 1999) % 20000, CASE WHEN k = 0 THEN 'owner' ELSE 'member' END, now()
FROM initiative i CROSS JOIN generate_series(0, 9) k;

ANALYZE;

-- The phase flags the typology reads (TimelineRepository keeps them in step in the application).
UPDATE initiative SET
    in_co_commissioning = EXISTS (SELECT 1 FROM initiative_phase p
        WHERE p.initiative_id = initiative.id AND p.phase = 'co-commissioning'),
    in_co_design = EXISTS (SELECT 1 FROM initiative_phase p
        WHERE p.initiative_id = initiative.id AND p.phase = 'co-design'),
    in_co_delivery = EXISTS (SELECT 1 FROM initiative_phase p
        WHERE p.initiative_id = initiative.id AND p.phase = 'co-delivery'),
    in_co_assessment = EXISTS (SELECT 1 FROM initiative_phase p
        WHERE p.initiative_id = initiative.id AND p.phase = 'co-assessment');

ANALYZE;
