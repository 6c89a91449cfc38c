-- Sightline case schema, version 6: which prompt pack is active for each use.

-- role: 'attributes' (attribute scoring) or 'search' (description search's query text); pack: the name
-- of a pack file in <case>/packs/. No row: no pack is active for that use.
CREATE TABLE active_packs (
    role TEXT PRIMARY KEY CHECK (role IN ('attributes', 'search')),
    pack TEXT NOT NULL
);
