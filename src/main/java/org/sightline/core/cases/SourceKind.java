package org.sightline.core.cases;

/** What a case's source is: footage to decode, a folder of frames, or a gallery of person crops. */
public enum SourceKind {
    VIDEO, FRAME_FOLDER, IMAGE_GALLERY
}
