/**
 * Pedestrian attributes, engine-neutral: schemas ({@link org.sightline.core.attributes.AttributeSchema},
 * built-in PETA-35, PA-100K-26 and the Sightline default), per-crop probabilities
 * ({@link org.sightline.core.attributes.AttributeScores}) and the mapping of a predictor's named outputs
 * onto schema tokens ({@link org.sightline.core.attributes.AttributeMapping}).
 *
 * <p>Decisions: tokens follow the PETA label files ({@code footwearSneakers}; the papers'
 * {@code footwearSneaker} is an alias). Exclusive groups guide label editing
 * ({@link org.sightline.core.attributes.LabelEdits}) and the exported folder layout, but a data set's
 * labels are never rejected for breaking them. Mapping approximations are written as notes in the
 * mapping JSON. Sub-packages: {@code eval} (mA and instance metrics), {@code labels} (CSV and folder trees).
 */
package org.sightline.core.attributes;
