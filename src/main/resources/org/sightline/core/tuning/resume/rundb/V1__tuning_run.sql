-- Run database of a command-line tuning run (<pack>.tuning.db beside the pack it will write), version 1.

-- The one run: what it was started with (TuningRunSpec as JSON), checked before it resumes.
CREATE TABLE tuning_run (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    spec       TEXT    NOT NULL CHECK (json_valid(spec)),
    created_ms INTEGER NOT NULL
);

-- As in the case schema (V5): the run's last finished epoch, binary layout of TuningCheckpointCodec.
CREATE TABLE tuning_checkpoints (
    run_id     INTEGER PRIMARY KEY REFERENCES tuning_run (id) ON DELETE CASCADE,
    epoch      INTEGER NOT NULL CHECK (epoch >= 1),
    state      BLOB    NOT NULL,
    updated_ms INTEGER NOT NULL
);
