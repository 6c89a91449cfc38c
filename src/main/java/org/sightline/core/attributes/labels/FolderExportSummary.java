package org.sightline.core.attributes.labels;

/** What an export wrote: {@code files} = {@code linked} + {@code copied} image entries for {@code images} images. */
public record FolderExportSummary(int images, int files, int linked, int copied) {
}
