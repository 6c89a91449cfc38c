package org.sightline.core.search;

/** One search hit: a detection id and its cosine similarity (dot product of unit vectors) to the query. */
public record ScoredId(long id, float score) {
}
