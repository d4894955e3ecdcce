-- A long shared draft in the demo's school drafts instance (PostgreSQL): 200 paragraphs in 5 sections, 20
-- versions (each made by an accepted amendment replacing one paragraph's text), and 2,000 amendments (the 19
-- accepted ones, 181 rejected with a reason, 1,800 open against the current texts) with 3 supports each.
DO $$
DECLARE
    instance_id BIGINT := (SELECT MIN(t.id) FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                           WHERE t.tool_id = 'drafts' AND i.title = 'Scuola inclusiva');
    teacher BIGINT := (SELECT id FROM app_user WHERE email = 'teacher@example.org');
    parent BIGINT := (SELECT id FROM app_user WHERE email = 'parent@example.org');
    doc BIGINT;
    v_id BIGINT;
    prev_id BIGINT;
    para BIGINT;
    txt BIGINT;
    am BIGINT;
    target INT;
BEGIN
    INSERT INTO draft_document (tool_instance_id, author_id, title, status, edition, current_version, created_at)
    VALUES (instance_id, teacher, 'Regolamento lungo (benchmark)', 'open', 1, 20, now() - INTERVAL '60 days')
    RETURNING id INTO doc;
    INSERT INTO draft_section (document_id, position, title)
    SELECT doc, s, 'Sezione ' || s FROM generate_series(1, 5) AS s;
    INSERT INTO draft_version (document_id, number, created_at) VALUES (doc, 1, now() - INTERVAL '60 days')
    RETURNING id INTO v_id;
    FOR p IN 1..200 LOOP
        INSERT INTO draft_paragraph (document_id) VALUES (doc) RETURNING id INTO para;
        INSERT INTO draft_text (paragraph_id, body)
        VALUES (para, 'Paragrafo ' || p || ': ' || repeat('Le attività sono progettate insieme da genitori e **insegnanti**, a partire dall’esperienza delle famiglie. ', 4))
        RETURNING id INTO txt;
        INSERT INTO draft_version_item (version_id, position, section_id, paragraph_id, text_id)
        VALUES (v_id, p, (SELECT id FROM draft_section WHERE document_id = doc AND position = 1 + (p - 1) / 40), para, txt);
    END LOOP;
    FOR v IN 2..20 LOOP
        prev_id := v_id;
        target := 1 + (v * 37) % 200;
        SELECT i.paragraph_id, i.text_id INTO para, txt FROM draft_version_item i WHERE i.version_id = prev_id AND i.position = target;
        INSERT INTO draft_amendment (document_id, paragraph_id, base_text_id, base_version, kind, body, reason, author_id,
            status, decision_reason, decided_by, decided_at, created_at)
        VALUES (doc, para, txt, v - 1, 'replace', 'Paragrafo ' || target || ' riscritto nella versione ' || v || ': '
            || repeat('Ogni attività è preparata con le famiglie e verificata dopo un mese. ', 4), 'Più chiaro.', parent,
            'accepted', 'Accolto.', teacher, now() - make_interval(days => 60 - v * 2), now() - make_interval(days => 61 - v * 2))
        RETURNING id INTO am;
        INSERT INTO draft_text (paragraph_id, body) SELECT para, body FROM draft_amendment WHERE id = am RETURNING id INTO txt;
        INSERT INTO draft_version (document_id, number, amendment_id, created_at)
        VALUES (doc, v, am, now() - make_interval(days => 60 - v * 2)) RETURNING id INTO v_id;
        INSERT INTO draft_version_item (version_id, position, section_id, paragraph_id, text_id)
        SELECT v_id, position, section_id, paragraph_id, CASE WHEN paragraph_id = para THEN txt ELSE text_id END
        FROM draft_version_item WHERE version_id = prev_id;
    END LOOP;
    INSERT INTO draft_amendment (document_id, paragraph_id, base_text_id, base_version, kind, body, reason, author_id,
        status, decision_reason, decided_by, decided_at, created_at)
    SELECT doc, i.paragraph_id, i.text_id, 20, 'replace',
        'Proposta ' || a || ': ' || repeat('Le uscite sono preparate con una storia sociale e un incontro con le famiglie. ', 3),
        'Motivo della proposta ' || a, CASE WHEN a % 2 = 0 THEN parent ELSE teacher END,
        CASE WHEN a <= 181 THEN 'rejected' ELSE 'open' END, CASE WHEN a <= 181 THEN 'Non ora.' END,
        CASE WHEN a <= 181 THEN teacher END, CASE WHEN a <= 181 THEN now() END,
        now() - make_interval(mins => 2000 - a)
    FROM generate_series(1, 1981) AS a
    JOIN draft_version_item i ON i.version_id = v_id AND i.position = 1 + (a * 13) % 200;
    INSERT INTO draft_support (amendment_id, person_id, supported_at)
    SELECT a.id, u.id, now() FROM draft_amendment a
    CROSS JOIN (SELECT id FROM app_user ORDER BY id LIMIT 3) u
    WHERE a.document_id = doc AND a.status = 'open';
END $$;
