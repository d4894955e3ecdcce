-- Generates the survey benchmark data on PostgreSQL: one public (collective, open) initiative with two anonymous
-- surveys whose results are published. "Export": 25,000 responses to ten questions (a single choice, a multiple
-- choice of three options, a 1-5 scale, an NPS, a matrix of three rows, a number and a long text), 250,000 answers.
-- "Results": 50,000 responses to five closed questions and a short text, 300,000 answers. Run it on a freshly
-- migrated, empty database.
INSERT INTO organisation (name, created_at) VALUES ('Bench organisation', now());

INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status, created_at,
    last_activity_at)
VALUES ('Percorsi ciclabili (bench)', 'Bench', '', (SELECT MIN(id) FROM organisation), 'mobility', 'collective',
    'open', now(), now());

INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
VALUES ((SELECT MIN(id) FROM initiative), 'co-assessment', 'survey', now()),
       ((SELECT MIN(id) FROM initiative), 'co-commissioning', 'survey', now());

INSERT INTO survey (tool_instance_id, title, intro, anonymous, status, opens_at, closes_at, results_published,
    announced, created_at)
SELECT id, CASE WHEN phase = 'co-assessment' THEN 'Export' ELSE 'Results' END, '', TRUE, 'open',
       now() - interval '30 days', now() + interval '30 days', TRUE, TRUE, now()
FROM tool_instance;

-- The export survey's questions (positions 1-7), then the results survey's (positions 1-6).
INSERT INTO survey_item (tool_instance_id, position, kind, text, help, required, options, items, allow_other,
    show_if_answers)
SELECT t.id, q.position, q.kind, q.text, '', TRUE, q.options, q.items, FALSE, ''
FROM tool_instance t JOIN (VALUES
    ('co-assessment', 1, 'single', 'Quanto spesso?', 'Ogni giorno' || chr(10) || 'Ogni settimana' || chr(10) || 'Mai', ''),
    ('co-assessment', 2, 'multiple', 'Che cosa usi?', 'Bici' || chr(10) || 'Bus' || chr(10) || 'Auto', ''),
    ('co-assessment', 3, 'scale5', 'Quanto sei soddisfatto?', '', ''),
    ('co-assessment', 4, 'nps', 'Lo consiglieresti?', '', ''),
    ('co-assessment', 5, 'matrix', 'Quanto sei d''accordo?', 'Per nulla' || chr(10) || 'Poco' || chr(10) || 'Così così'
        || chr(10) || 'Abbastanza' || chr(10) || 'Molto', 'Sicuro' || chr(10) || 'Pulito' || chr(10) || 'Illuminato'),
    ('co-assessment', 6, 'number', 'Quanti km?', '', ''),
    ('co-assessment', 7, 'long', 'Che cosa cambieresti?', '', ''),
    ('co-commissioning', 1, 'single', 'Quartiere', 'Nord' || chr(10) || 'Centro' || chr(10) || 'Sud' || chr(10) || 'Ovest', ''),
    ('co-commissioning', 2, 'scale5', 'Sicurezza', '', ''),
    ('co-commissioning', 3, 'scale10', 'Qualità', '', ''),
    ('co-commissioning', 4, 'nps', 'Lo consiglieresti?', '', ''),
    ('co-commissioning', 5, 'multiple', 'Servizi usati', 'Bici' || chr(10) || 'Bus' || chr(10) || 'Treno', ''),
    ('co-commissioning', 6, 'short', 'In una parola', '', '')
) AS q(phase, position, kind, text, options, items) ON q.phase = t.phase;

INSERT INTO survey_response (tool_instance_id, person_id, submitted_on)
SELECT t.id, NULL, current_date - (g % 30)
FROM tool_instance t, generate_series(1, CASE WHEN t.phase = 'co-assessment' THEN 25000 ELSE 50000 END) g;

-- Export survey: 10 answers a response (single, 2 of the multiple, scale, nps, 3 matrix rows, number, text).
INSERT INTO survey_answer (response_id, tool_instance_id, item_id, part, value_number, value_text)
SELECT r.id, r.tool_instance_id, i.id, p.part,
       CASE i.kind WHEN 'single' THEN 1 + r.id % 3 WHEN 'multiple' THEN 1 WHEN 'scale5' THEN 1 + r.id % 5
           WHEN 'nps' THEN r.id % 11 WHEN 'matrix' THEN 1 + (r.id + p.part) % 5 WHEN 'number' THEN (r.id % 400) / 10.0
           END,
       CASE WHEN i.kind = 'long' THEN 'Più illuminazione, "meno" buche; e =rastrelliere n. ' || r.id END
FROM survey_response r
JOIN tool_instance t ON t.id = r.tool_instance_id AND t.phase = 'co-assessment'
JOIN survey_item i ON i.tool_instance_id = r.tool_instance_id
JOIN (VALUES (0), (1), (2), (3)) AS p(part) ON (i.kind IN ('single', 'scale5', 'nps', 'number', 'long') AND p.part = 0)
    OR (i.kind = 'multiple' AND p.part IN (1 + r.id % 3, 1 + (r.id + 1) % 3))
    OR (i.kind = 'matrix' AND p.part BETWEEN 1 AND 3);

-- Results survey: 6 answers a response.
INSERT INTO survey_answer (response_id, tool_instance_id, item_id, part, value_number, value_text)
SELECT r.id, r.tool_instance_id, i.id, CASE WHEN i.kind = 'multiple' THEN 1 + r.id % 3 ELSE 0 END,
       CASE i.kind WHEN 'single' THEN 1 + r.id % 4 WHEN 'scale5' THEN 1 + r.id % 5 WHEN 'scale10' THEN 1 + r.id % 10
           WHEN 'nps' THEN r.id % 11 WHEN 'multiple' THEN 1 END,
       CASE WHEN i.kind = 'short' THEN 'Parola ' || (r.id % 50) END
FROM survey_response r
JOIN tool_instance t ON t.id = r.tool_instance_id AND t.phase = 'co-commissioning'
JOIN survey_item i ON i.tool_instance_id = r.tool_instance_id;

-- The tallies the submitting transactions keep, as they would stand after these responses.
INSERT INTO survey_tally (tool_instance_id, item_id, part, tally_value, answers)
SELECT a.tool_instance_id, a.item_id, a.part, CASE WHEN i.kind = 'multiple' THEN 1 ELSE CAST(a.value_number AS INT) END,
       COUNT(*)
FROM survey_answer a JOIN survey_item i ON i.id = a.item_id
WHERE i.kind IN ('single', 'multiple', 'matrix', 'ranking', 'scale5', 'scale10', 'nps')
GROUP BY a.tool_instance_id, a.item_id, a.part, CASE WHEN i.kind = 'multiple' THEN 1 ELSE CAST(a.value_number AS INT) END;
INSERT INTO survey_item_people (item_id, tool_instance_id, people)
SELECT a.item_id, a.tool_instance_id, COUNT(DISTINCT a.response_id) FROM survey_answer a
GROUP BY a.item_id, a.tool_instance_id;

-- as autovacuum would have by then: the visibility map lets the results' aggregates read only the indexes
VACUUM ANALYZE survey_answer;
VACUUM ANALYZE survey_response;
