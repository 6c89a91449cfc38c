package org.sightline.core.attributes.labels;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Places image files in an exported tree by hard link or copy; after one refused link it copies. */
final class TreeWriter {
    private boolean linking;
    private int linked;
    private int copied;

    TreeWriter(LinkMode mode) {
        this.linking = mode == LinkMode.HARD_LINK;
    }

    void place(Path source, Path target) throws IOException {
        if (linking) {
            try {
                Files.createLink(target, source);
                linked++;
                return;
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (Files.exists(target)) {
                    throw new IOException("cannot export to " + target + ": it already exists", e);
                }
                linking = false;
            }
        }
        Files.copy(source, target);
        copied++;
    }

    int linked() {
        return linked;
    }

    int copied() {
        return copied;
    }
}
