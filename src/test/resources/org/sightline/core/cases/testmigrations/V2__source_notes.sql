-- Test-only schema step: proves an older case is upgraded when it is opened.
ALTER TABLE sources ADD COLUMN notes TEXT;
CREATE TABLE source_tags (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    tag       TEXT    NOT NULL,
    PRIMARY KEY (source_id, tag)
);
