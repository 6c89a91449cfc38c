package org.sightline.core.vl.search;

/**
 * One result: a detection, its cosine similarity to the query ({@code similarity}), and the score it
 * was ranked by ({@code score}: the similarity plus any colour bonus, see {@link ColourRerank}).
 */
public record SearchHit(long detectionId, double score, double similarity) {
}
