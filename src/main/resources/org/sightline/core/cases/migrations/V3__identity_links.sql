-- Sightline case schema, version 3: the investigator's identity corrections as constraints between
-- tracks. Identities are regrouped whenever footage is added; a merge or split must survive that,
-- so it is kept as links between tracks (which never change), not between identity ids (which do).
-- identity_corrections keeps the history of what was done; this table is the state in force.
CREATE TABLE identity_links (
    kind       TEXT    NOT NULL CHECK (kind IN ('MUST_LINK', 'CANNOT_LINK')),
    track_a    INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    track_b    INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    created_ms INTEGER NOT NULL,
    CHECK (track_a < track_b),
    PRIMARY KEY (kind, track_a, track_b)
);
CREATE INDEX identity_links_b ON identity_links (track_b);

CREATE INDEX tracks_source_tracker ON tracks (source_id, tracker_id);
