-- Sightline case schema, version 5: resumable prompt tuning.

-- The last finished epoch of a prompt-tuning job (jobs.kind 'prompt-tuning'): learned values, optimizer
-- moments and the epoch loop's state in the binary layout documented in TuningCheckpointCodec. Replaced
-- after every epoch in the same transaction as the job's cursor; removed when the job succeeds.
-- A command-line run keeps the same table in its own run database beside the pack it writes.
CREATE TABLE tuning_checkpoints (
    run_id     INTEGER PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    epoch      INTEGER NOT NULL CHECK (epoch >= 1),
    state      BLOB    NOT NULL,
    updated_ms INTEGER NOT NULL
);
