package org.sightline.core.models;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One file of a catalogued model.
 *
 * @param path   relative path with forward slashes, the same under the user's models folder and a mirror
 * @param sha256 expected SHA-256, 64 lowercase hex digits
 * @param size   expected size in bytes, when known; a file of another size is rejected before hashing
 * @param url    where the user can download it from, when there is such an address
 */
public record ModelFile(String path, String sha256, OptionalLong size, Optional<URI> url) {

    /** The last segment of {@link #path()}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
