package org.sightline.core.cases;

import java.sql.Connection;
import java.sql.SQLException;

/** Database work run by {@link CaseStore#inTransaction} or {@link CaseStore#read} on the case's connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
