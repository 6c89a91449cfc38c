/**
 * Pedestrian attributes kept in a case: predictions per detection and predictor
 * ({@link org.sightline.core.attributes.store.AttributePredictions}, predictor display names in the V2 table
 * {@code attribute_predictors}), append-only corrections beside them
 * ({@link org.sightline.core.attributes.store.LabelCorrections}), effective labels
 * ({@link org.sightline.core.attributes.store.EffectiveLabels}: probability strictly above the threshold,
 * overridden by the latest correction in force), gallery filters
 * ({@link org.sightline.core.attributes.store.AttributeFilter}, run in SQL by
 * {@link org.sightline.core.attributes.store.AttributeSearch}), the resumable
 * {@link org.sightline.core.attributes.store.AttributePredictionJob} and CSV / folder-tree export and CSV import
 * ({@link org.sightline.core.attributes.store.CaseLabels}).
 *
 * <p>Decisions: a correction's value is {@code yes}, {@code no} or {@code unset} (withdrawn: the prediction
 * shows again); an exclusive-group choice is stored as yes for the chosen attribute and no for the group's
 * others. Re-scoring with the same predictor replaces its scores (one row per detection, predictor and token).
 * The job scores the full-resolution image of gallery crops and frame-folder detections, and the stored
 * thumbnail (at most 128 px tall) for video detections, since the case keeps no full-resolution crop of those.
 */
package org.sightline.core.attributes.store;
