-- Sightline case schema, version 2: names of attribute predictors and undo events of label corrections.

-- Each predictor that saved attribute predictions in the case, with the name the UI shows for it.
CREATE TABLE attribute_predictors (
    predictor_id  TEXT    PRIMARY KEY,
    display_name  TEXT    NOT NULL CHECK (length(trim(display_name)) > 0),
    mapping_id    TEXT,                    -- how its outputs became schema tokens, when mapped
    registered_ms INTEGER NOT NULL
);

-- A correction appended by an undo names the correction it reverts; its value is what was in
-- force before that one ('unset' when there was no correction, so the prediction shows again).
ALTER TABLE label_corrections ADD COLUMN reverts_id INTEGER REFERENCES label_corrections (id);

CREATE INDEX attribute_predictions_detection ON attribute_predictions (detection_id, predictor_id);
