-- Five years of an individual plan's life on the demo data (PostgreSQL): the demo plan gets 200 versions
-- (every tenth signed by the citizen and the case manager, with the real SHA-256 of its canonical form),
-- ten GAS goals with ten follow-ups each; the demo diary 2,000 entries; the demo outcome ladder 100 readings.
DO $$
DECLARE
    plan_id BIGINT := (SELECT MIN(t.id) FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                       WHERE t.tool_id = 'plan' AND i.title = 'Piano personale di salute: il piano');
    actions_id BIGINT := (SELECT MIN(id) FROM tool_instance WHERE tool_id = 'actions');
    ladder_id BIGINT := (SELECT MIN(id) FROM tool_instance WHERE tool_id = 'ladder');
    citizen BIGINT := (SELECT id FROM app_user WHERE email = 'citizen@example.org');
    worker BIGINT := (SELECT id FROM app_user WHERE email = 'social.worker@example.org');
    first_no INTEGER;
BEGIN
    first_no := (SELECT COALESCE(MAX(version_no), 0) + 1 FROM plan_version WHERE tool_instance_id = plan_id);
    INSERT INTO plan_version (tool_instance_id, version_no, author_id, created_at, objectives, services, providers,
        case_manager, resources, economic, evaluation, review_date)
    SELECT plan_id, v, CASE WHEN v % 2 = 0 THEN worker ELSE citizen END,
        now() - make_interval(days => (200 - v) * 9),
        'Obiettivi della versione ' || v || E'\n' || repeat('Camminare 30 minuti al giorno. ', 20),
        'Fisioterapia settimanale, 45 minuti, versione ' || v, 'ASL, la figlia, i volontari del quartiere',
        'Assistente sociale del Comune di Esempio', 'La figlia aiuta con la spesa', 'Nessuna',
        'Minuti di cammino a settimana', DATE '2027-01-01' + v
    FROM generate_series(first_no, 200) AS v;

    INSERT INTO plan_signature (tool_instance_id, version_no, signer_id, signer_role, signed_at, content_sha256)
    SELECT plan_id, p.version_no, s.signer, s.role, p.created_at + INTERVAL '1 day',
        encode(sha256(convert_to(
            '## objectives' || E'\n' || p.objectives || E'\n' || '## services' || E'\n' || p.services || E'\n'
            || '## providers' || E'\n' || p.providers || E'\n' || '## caseManager' || E'\n' || p.case_manager || E'\n'
            || '## resources' || E'\n' || p.resources || E'\n' || '## economic' || E'\n' || p.economic || E'\n'
            || '## evaluation' || E'\n' || p.evaluation || E'\n' || '## reviewDate' || E'\n'
            || COALESCE(to_char(p.review_date, 'YYYY-MM-DD'), '') || E'\n', 'UTF8')), 'hex')
    FROM plan_version p
    CROSS JOIN (VALUES (citizen, 'citizen'), (worker, 'owner')) AS s (signer, role)
    WHERE p.tool_instance_id = plan_id AND p.version_no >= first_no AND p.version_no % 10 = 0;

    INSERT INTO plan_goal (tool_instance_id, description, weight, importance, difficulty, level_minus2,
        level_minus1, level_0, level_plus1, level_plus2, created_by, created_at)
    SELECT plan_id, 'Obiettivo di prova ' || g, 1 + g % 3, 1 + g % 3, 1, 'Molto peggio del previsto',
        'Peggio del previsto', 'Come previsto', 'Meglio del previsto', 'Molto meglio del previsto', worker,
        now() - INTERVAL '5 years'
    FROM generate_series(1, 10) AS g;
    INSERT INTO plan_goal_score (goal_id, level, scored_by, scored_at, scored_on)
    SELECT g.id, (s % 5) - 2, CASE WHEN s % 2 = 0 THEN worker ELSE citizen END,
        now() - make_interval(days => (10 - s) * 180), CURRENT_DATE - (10 - s) * 180
    FROM plan_goal g CROSS JOIN generate_series(1, 10) AS s
    WHERE g.tool_instance_id = plan_id AND g.description LIKE 'Obiettivo di prova %';

    INSERT INTO plan_diary (tool_instance_id, action_id, author_id, done_on, what, minutes, how, written_at)
    SELECT actions_id, NULL, CASE WHEN d % 3 = 0 THEN worker ELSE citizen END,
        CURRENT_DATE - (2000 - d), 'Camminata nel parco, giorno ' || d, 30 + d % 40,
        'Bene, un po'' di fatica alla fine', now() - make_interval(days => 2000 - d)
    FROM generate_series(1, 2000) AS d;

    INSERT INTO plan_ladder_reading (tool_instance_id, scored_by, scorer_role, read_on, created_at)
    SELECT ladder_id, CASE WHEN r % 2 = 0 THEN worker ELSE citizen END,
        CASE WHEN r % 2 = 0 THEN 'owner' ELSE 'citizen' END,
        CURRENT_DATE - (100 - r) * 18, now() - make_interval(days => (100 - r) * 18)
    FROM generate_series(1, 100) AS r;
    INSERT INTO plan_ladder_score (reading_id, area_id, score)
    SELECT r.id, a.id, 1 + (r.id + a.id) % 10
    FROM plan_ladder_reading r JOIN plan_ladder_area a ON a.tool_instance_id = r.tool_instance_id
    WHERE r.tool_instance_id = ladder_id
      AND NOT EXISTS (SELECT 1 FROM plan_ladder_score s WHERE s.reading_id = r.id);
END $$;

-- What the pages are measured on.
SELECT (SELECT COUNT(*) FROM plan_version) AS versions, (SELECT COUNT(*) FROM plan_signature) AS signatures,
       (SELECT COUNT(*) FROM plan_goal_score) AS gas_scores, (SELECT COUNT(*) FROM plan_diary) AS diary_entries,
       (SELECT COUNT(*) FROM plan_ladder_reading) AS ladder_readings;
