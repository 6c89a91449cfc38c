package org.sightline.ui.tuning;

/**
 * What a tuning run tunes prompts for, with the id its saved run spec and pack facts use: attribute
 * scoring (labelled folder tree or labels CSV, validation mA) or description search (identity folders,
 * validation R@1).
 */
public enum TuningTask {
    ATTRIBUTES("attributes", "Attributes", "validation mA", "labelled folder tree or labels CSV"),
    DESCRIPTION_SEARCH("retrieval", "Description search", "validation R@1",
            "folder of identity folders: <identity>/*.jpg with description.txt");

    private final String id;
    private final String label;
    private final String metric;
    private final String inputHint;

    TuningTask(String id, String label, String metric, String inputHint) {
        this.id = id;
        this.label = label;
        this.metric = metric;
        this.inputHint = inputHint;
    }

    /** The task as saved in a run spec ({@code attributes}, {@code retrieval}). */
    public String id() {
        return id;
    }

    /** The task's name in the dialog. */
    public String label() {
        return label;
    }

    /** The validation metric charted per epoch. */
    public String metric() {
        return metric;
    }

    /** What the input field takes. */
    public String inputHint() {
        return inputHint;
    }

    /** The task saved as {@code id}; throws, naming it, for an unknown one. */
    public static TuningTask fromId(String id) {
        for (TuningTask task : values()) {
            if (task.id.equals(id)) {
                return task;
            }
        }
        throw new IllegalArgumentException("unknown tuning task '" + id + "': expected attributes or retrieval");
    }

    @Override
    public String toString() {
        return label;
    }
}
