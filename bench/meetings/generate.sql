-- Generates the meetings benchmark data on PostgreSQL: one public (collective, open) initiative whose meetings
-- tool holds 1,000 meetings over three years (every tenth cancelled, every fifth online, each with a description,
-- an agenda and a point), and 100 people registered to each of the first 50. Run it on a freshly migrated, empty
-- database.
INSERT INTO organisation (name, created_at) VALUES ('Bench organisation', now());

INSERT INTO app_user (email, name, language, kind, email_verified_at, terms_accepted_at, created_at)
SELECT 'bench' || g || '@example.org', 'Bench person ' || g, 'it', 'citizen', now(), now(), now()
FROM generate_series(1, 100) g;

INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status, created_at,
    last_activity_at)
VALUES ('Percorsi ciclabili (bench)', 'Bench', '', (SELECT MIN(id) FROM organisation), 'mobility', 'collective',
    'open', now(), now());

INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
VALUES ((SELECT MIN(id) FROM initiative), 'co-design', 'meetings', now());

INSERT INTO meeting (tool_instance_id, title, description, kind, address, latitude, longitude, online_link,
    starts_at, ends_at, agenda, capacity, question, cancelled_at, sequence, created_at, updated_at)
SELECT (SELECT MIN(id) FROM tool_instance),
       'Laboratorio n. ' || g || ', quartiere; sera',
       'Un laboratorio sui percorsi ciclabili del quartiere, con la passeggiata, le mappe e le proposte raccolte '
           || 'dai residenti: àèìòù.',
       CASE WHEN g % 5 = 0 THEN 'online' ELSE 'in-person' END,
       CASE WHEN g % 5 = 0 THEN NULL ELSE 'Parco Nord, via Verdi ' || g END,
       CASE WHEN g % 5 = 0 THEN NULL ELSE 45.47 END,
       CASE WHEN g % 5 = 0 THEN NULL ELSE 9.2 END,
       CASE WHEN g % 5 = 0 THEN 'https://meet.example.org/' || g END,
       now() - interval '500 days' + (g || ' days')::interval,
       now() - interval '500 days' + (g || ' days')::interval + interval '2 hours',
       '1. Ritrovo' || chr(10) || '2. Passeggiata' || chr(10) || '3. Laboratorio',
       30,
       NULL,
       CASE WHEN g % 10 = 0 THEN now() END,
       g % 3,
       now(),
       now()
FROM generate_series(1, 1000) g;

INSERT INTO meeting_registration (meeting_id, person_id, status, position, registered_at)
SELECT m.id, u.id, CASE WHEN u.rn <= 30 THEN 'registered' ELSE 'waitlisted' END, u.rn, now()
FROM (SELECT id FROM meeting ORDER BY id LIMIT 50) m
CROSS JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM app_user WHERE email LIKE 'bench%') u;
