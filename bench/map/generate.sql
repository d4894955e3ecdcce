-- Generates the map benchmark data on PostgreSQL: one public collective initiative whose co-design holds a map
-- with 5,000 features (lines of 10 positions, points and small squares) drawn by 500 people around Rome.
-- Run it on a freshly migrated, empty database.
INSERT INTO organisation (name, created_at) VALUES ('Bench organisation', now());

INSERT INTO app_user (email, name, language, kind, email_verified_at, terms_accepted_at, created_at)
SELECT 'mapper' || g || '@example.org', 'Mapper ' || g, 'it', 'citizen', now(), now(), now()
FROM generate_series(1, 500) g;

INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status, created_at,
    last_activity_at)
VALUES ('Bench map', 'Routes', '', (SELECT id FROM organisation), 'mobility', 'collective', 'open', now(), now());

INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
VALUES ((SELECT id FROM initiative), 'co-design', 'map', now());

INSERT INTO map_settings (tool_instance_id, categories)
VALUES ((SELECT id FROM tool_instance), E'Percorso proposto\nPunto pericoloso\nParcheggio bici');

INSERT INTO map_feature (tool_instance_id, author_id, title, category, description, kind, geojson, vertices,
    min_lon, min_lat, max_lon, max_lat, hidden, created_at)
SELECT (SELECT id FROM tool_instance),
       (SELECT MIN(id) FROM app_user) + g % 500,
       'Elemento ' || g,
       (ARRAY['Percorso proposto', 'Punto pericoloso', 'Parcheggio bici'])[1 + g % 3],
       'Descrizione dell''elemento ' || g || ': un tratto da rendere sicuro per chi va in bicicletta.',
       CASE g % 3 WHEN 0 THEN 'line' WHEN 1 THEN 'point' ELSE 'polygon' END,
       CASE g % 3
           WHEN 0 THEN '{"type":"LineString","coordinates":[' || (
               SELECT string_agg('[' || (12.45 + (g % 100) * 0.001 + i * 0.0005) || ','
                   || (41.88 + (g / 100) * 0.001 + i * 0.0003) || ']', ',')
               FROM generate_series(0, 9) i) || ']}'
           WHEN 1 THEN '{"type":"Point","coordinates":[' || (12.45 + (g % 100) * 0.001) || ','
               || (41.88 + (g / 100) * 0.001) || ']}'
           ELSE '{"type":"Polygon","coordinates":[[[' || (12.45 + (g % 100) * 0.001) || ',' || (41.88 + (g / 100) * 0.001)
               || '],[' || (12.4505 + (g % 100) * 0.001) || ',' || (41.88 + (g / 100) * 0.001)
               || '],[' || (12.4505 + (g % 100) * 0.001) || ',' || (41.8805 + (g / 100) * 0.001)
               || '],[' || (12.45 + (g % 100) * 0.001) || ',' || (41.88 + (g / 100) * 0.001) || ']]]}'
       END,
       CASE g % 3 WHEN 0 THEN 10 WHEN 1 THEN 1 ELSE 3 END,
       12.45 + (g % 100) * 0.001, 41.88 + (g / 100) * 0.001,
       12.46 + (g % 100) * 0.001, 41.89 + (g / 100) * 0.001,
       FALSE,
       now() - (g || ' minutes')::interval
FROM generate_series(1, 5000) g;
