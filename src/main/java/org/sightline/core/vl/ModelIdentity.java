package org.sightline.core.vl;

/** Which model made an embedding: its catalog id and the SHA-256 of its weights file. */
public record ModelIdentity(String modelId, String sha256) {
}
