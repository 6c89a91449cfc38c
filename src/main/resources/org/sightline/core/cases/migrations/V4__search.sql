-- Sightline case schema, version 4: description search.

-- What each embedding model's vectors are for. Re-identification vectors group identities and answer
-- "find this person"; vision-language vectors answer text queries; colour vectors are the crop's
-- colour evidence for re-ranking colour words. Only vectors of one model are ever compared.
ALTER TABLE embedding_models ADD COLUMN purpose TEXT NOT NULL DEFAULT 'reid'
    CHECK (purpose IN ('reid', 'vision-language', 'colour'));

-- The description searches run in this case, newest last, for the search bar's history.
CREATE TABLE search_history (
    id          INTEGER PRIMARY KEY,
    query       TEXT    NOT NULL CHECK (length(trim(query)) > 0),
    filter      TEXT    NOT NULL DEFAULT '',
    threshold   REAL    NOT NULL,
    model_id    TEXT    NOT NULL,
    result_count INTEGER NOT NULL CHECK (result_count >= 0),
    created_ms  INTEGER NOT NULL
);
CREATE INDEX search_history_query ON search_history (query);
