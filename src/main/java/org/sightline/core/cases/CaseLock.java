package org.sightline.core.cases;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock held while a process has the case open. The OS drops it when the process dies,
 * even by SIGKILL, so a RUNNING job found by whoever gets the lock next belonged to a dead process.
 */
final class CaseLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private CaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static CaseLock acquire(Path folder) {
        Path file = folder.resolve(CaseFiles.LOCK);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new CaseStoreException(CaseStoreException.Reason.ALREADY_OPEN,
                        "Case " + folder + " is open in another Sightline process; close it there first");
            }
            return new CaseLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new CaseStoreException(CaseStoreException.Reason.ALREADY_OPEN,
                    "Case " + folder + " is already open in this Sightline", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CaseStoreException(CaseStoreException.Reason.NOT_WRITABLE,
                    "Cannot lock case " + folder + " (" + file + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing useful to do: the lock goes with the process anyway
            }
        }
    }
}
