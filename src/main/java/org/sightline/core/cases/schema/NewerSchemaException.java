package org.sightline.core.cases.schema;

/** The database was written by a newer application whose schema this build does not know. */
public final class NewerSchemaException extends Exception {
    private final int found;
    private final int known;

    public NewerSchemaException(int found, int known) {
        super("it has schema version " + found + " but this Sightline knows versions up to " + known
                + "; update Sightline to open it");
        this.found = found;
        this.known = known;
    }

    public int found() {
        return found;
    }

    public int known() {
        return known;
    }
}
