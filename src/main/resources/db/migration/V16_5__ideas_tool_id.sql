-- ADR 7: the tool at /ideas is "ideas" everywhere, its stored id included (it was "proposals", the word a
-- citizen's petition to an organisation also used). Owned by the ideas module.
UPDATE tool_instance SET tool_id = 'ideas' WHERE tool_id = 'proposals';
