package org.sightline.core.attributes.labels;

/** How an exported folder tree holds its images. */
public enum LinkMode {
    /**
     * Hard links to the original images (no extra disk space, however many attributes), falling back
     * to copies where the file system refuses (another drive, FAT, some network shares). A hard link
     * is the same file: editing an image in the tree edits the original.
     */
    HARD_LINK,
    /** Independent copies. */
    COPY
}
