package org.sightline.core.cases.schema;

import java.util.Objects;

/** One numbered step of the case schema: the SQL script that takes version - 1 to version. */
public record Migration(int version, String name, String sql) {

    public Migration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        if (version < 1) {
            throw new IllegalArgumentException("Migration versions start at 1, got " + version + " (" + name + ")");
        }
    }
}
