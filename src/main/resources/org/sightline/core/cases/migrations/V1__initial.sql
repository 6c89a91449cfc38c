-- Sightline case schema, version 1. Times are UTC epoch milliseconds; paths inside the case are
-- relative to the case folder, paths of sources are absolute as the user picked them.

CREATE TABLE case_info (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    case_uuid  TEXT    NOT NULL,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    created_ms INTEGER NOT NULL
);

-- AUTOINCREMENT: ids are never reused, since thumbnail folders are named after them.
CREATE TABLE sources (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind     TEXT    NOT NULL CHECK (kind IN ('VIDEO', 'FRAME_FOLDER', 'IMAGE_GALLERY')),
    path     TEXT    NOT NULL UNIQUE,
    label    TEXT    NOT NULL,
    added_ms INTEGER NOT NULL
);

-- One decoded frame of a video, one image of a frame folder, or one crop of a gallery.
CREATE TABLE frames (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    frame_index  INTEGER NOT NULL CHECK (frame_index >= 0),
    timestamp_ms INTEGER,                  -- position in the video; NULL for still images
    width        INTEGER NOT NULL CHECK (width > 0),
    height       INTEGER NOT NULL CHECK (height > 0),
    file_path    TEXT,                     -- image file relative to the source folder; NULL for video
    UNIQUE (source_id, frame_index)
);
CREATE UNIQUE INDEX frames_source_file ON frames (source_id, file_path) WHERE file_path IS NOT NULL;

CREATE TABLE tracks (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    tracker_id  TEXT    NOT NULL,
    merged_into INTEGER REFERENCES tracks (id) ON DELETE SET NULL,  -- set by a user merge
    created_ms  INTEGER NOT NULL
);
CREATE INDEX tracks_source ON tracks (source_id);
CREATE INDEX tracks_merged_into ON tracks (merged_into);

-- A person as the investigator groups them, across tracks, sources and cameras.
CREATE TABLE identities (
    id          INTEGER PRIMARY KEY,
    label       TEXT,
    notes       TEXT,
    merged_into INTEGER REFERENCES identities (id) ON DELETE SET NULL,
    created_ms  INTEGER NOT NULL
);
CREATE INDEX identities_merged_into ON identities (merged_into);

CREATE TABLE detections (
    id          INTEGER PRIMARY KEY,
    frame_id    INTEGER NOT NULL REFERENCES frames (id) ON DELETE CASCADE,
    x           REAL    NOT NULL,
    y           REAL    NOT NULL,
    w           REAL    NOT NULL CHECK (w > 0),
    h           REAL    NOT NULL CHECK (h > 0),
    score       REAL    NOT NULL CHECK (score >= 0 AND score <= 1),
    detector_id TEXT    NOT NULL,          -- model that found it, or 'whole-image' for gallery crops
    thumbnail   TEXT,                      -- relative to the case's thumbnails folder
    track_id    INTEGER REFERENCES tracks (id) ON DELETE SET NULL,
    identity_id INTEGER REFERENCES identities (id) ON DELETE SET NULL
);
CREATE INDEX detections_frame ON detections (frame_id);
CREATE INDEX detections_track ON detections (track_id) WHERE track_id IS NOT NULL;
CREATE INDEX detections_identity ON detections (identity_id) WHERE identity_id IS NOT NULL;

-- User corrections to tracking and re-identification; append-only history, newest last.
CREATE TABLE track_corrections (
    id             INTEGER PRIMARY KEY,
    action         TEXT    NOT NULL CHECK (action IN ('MERGE', 'SPLIT', 'REMOVE_DETECTION')),
    track_id       INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    other_track_id INTEGER REFERENCES tracks (id) ON DELETE CASCADE,    -- merged-in or split-off track
    detection_id   INTEGER REFERENCES detections (id) ON DELETE CASCADE, -- split point or removed one
    author         TEXT    NOT NULL,
    note           TEXT,
    created_ms     INTEGER NOT NULL
);
CREATE INDEX track_corrections_track ON track_corrections (track_id);

CREATE TABLE identity_corrections (
    id                INTEGER PRIMARY KEY,
    action            TEXT    NOT NULL CHECK (action IN ('MERGE', 'SPLIT', 'ASSIGN', 'UNASSIGN')),
    identity_id       INTEGER NOT NULL REFERENCES identities (id) ON DELETE CASCADE,
    other_identity_id INTEGER REFERENCES identities (id) ON DELETE CASCADE,
    track_id          INTEGER REFERENCES tracks (id) ON DELETE CASCADE,
    detection_id      INTEGER REFERENCES detections (id) ON DELETE CASCADE,
    author            TEXT    NOT NULL,
    note              TEXT,
    created_ms        INTEGER NOT NULL
);
CREATE INDEX identity_corrections_identity ON identity_corrections (identity_id);

-- Each embedding model used in the case, pinned to its file's hash and output size, so vectors
-- of different models (or of a changed file under the same id) can never be compared by mistake.
CREATE TABLE embedding_models (
    model_id     TEXT    PRIMARY KEY,
    model_sha256 TEXT    NOT NULL CHECK (length(model_sha256) = 64),
    dimension    INTEGER NOT NULL CHECK (dimension > 0),
    UNIQUE (model_id, model_sha256, dimension)
);

CREATE TABLE embeddings (
    model_id     TEXT    NOT NULL,
    detection_id INTEGER NOT NULL REFERENCES detections (id) ON DELETE CASCADE,
    model_sha256 TEXT    NOT NULL,
    dimension    INTEGER NOT NULL,
    vector       BLOB    NOT NULL CHECK (length(vector) = 4 * dimension), -- little-endian float32
    created_ms   INTEGER NOT NULL,
    PRIMARY KEY (model_id, detection_id),
    FOREIGN KEY (model_id, model_sha256, dimension)
        REFERENCES embedding_models (model_id, model_sha256, dimension)
) WITHOUT ROWID;
CREATE INDEX embeddings_detection ON embeddings (detection_id);

CREATE TABLE attribute_predictions (
    id           INTEGER PRIMARY KEY,
    detection_id INTEGER NOT NULL REFERENCES detections (id) ON DELETE CASCADE,
    predictor_id TEXT    NOT NULL,
    attribute    TEXT    NOT NULL,
    probability  REAL    NOT NULL CHECK (probability >= 0 AND probability <= 1),
    created_ms   INTEGER NOT NULL,
    UNIQUE (detection_id, predictor_id, attribute)
);
CREATE INDEX attribute_predictions_attribute ON attribute_predictions (attribute, probability);

-- What the investigator says a detection's attribute really is. Kept apart from predictions and
-- append-only: the latest row per (detection, attribute) wins, earlier ones stay as history.
CREATE TABLE label_corrections (
    id           INTEGER PRIMARY KEY,
    detection_id INTEGER NOT NULL REFERENCES detections (id) ON DELETE CASCADE,
    attribute    TEXT    NOT NULL,
    value        TEXT    NOT NULL,
    author       TEXT    NOT NULL,
    created_ms   INTEGER NOT NULL
);
CREATE INDEX label_corrections_detection ON label_corrections (detection_id, attribute, id);
CREATE TRIGGER label_corrections_append_only BEFORE UPDATE ON label_corrections
BEGIN
    SELECT RAISE(ABORT, 'label corrections are append-only: add a new correction instead');
END;

-- Long work that survives restarts: the cursor is committed together with the work it covers.
CREATE TABLE jobs (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    params     TEXT    NOT NULL CHECK (json_valid(params)),
    state      TEXT    NOT NULL CHECK (state IN
                   ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'INTERRUPTED')),
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done >= 0),
    total      INTEGER NOT NULL DEFAULT -1,
    cursor     TEXT,
    error      TEXT,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
CREATE INDEX jobs_state ON jobs (state);

CREATE TABLE job_events (
    id         INTEGER PRIMARY KEY,
    job_id     INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    level      TEXT    NOT NULL CHECK (level IN ('INFO', 'WARNING', 'ERROR')),
    message    TEXT    NOT NULL,
    created_ms INTEGER NOT NULL
);
CREATE INDEX job_events_job ON job_events (job_id, id);
