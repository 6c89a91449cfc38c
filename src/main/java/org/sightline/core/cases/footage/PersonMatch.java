package org.sightline.core.cases.footage;

/** A detection ranked by "find this person": cosine similarity of its embedding to the query (-1..1). */
public record PersonMatch(double score, DetectionRow detection) {
}
