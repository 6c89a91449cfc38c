package org.sightline.core.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Names of the files that make a folder a case, and a cheap check of the database header. */
final class CaseFiles {
    static final String DATABASE = "case.sqlite";
    static final String LOCK = "case.lock";
    static final String THUMBNAILS = "thumbnails";
    /** SQLite {@code PRAGMA application_id} of Sightline cases: "SGLN". */
    static final int APPLICATION_ID = 0x53474C4E;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;
    private static final int APPLICATION_ID_OFFSET = 68;

    private CaseFiles() {
    }

    static Path database(Path folder) {
        return folder.resolve(DATABASE);
    }

    /** True when the file starts with an SQLite header carrying Sightline's application id. */
    static boolean hasCaseHeader(Path database) {
        if (!Files.isRegularFile(database)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(database)) {
            byte[] header = in.readNBytes(HEADER_BYTES);
            return header.length == HEADER_BYTES
                    && Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)
                    && ByteBuffer.wrap(header).getInt(APPLICATION_ID_OFFSET) == APPLICATION_ID;
        } catch (IOException e) {
            return false;
        }
    }
}
