package org.sightline.core.tuning;

/**
 * One tuned attribute: logit = scale * (cos(image, positive) - cos(image, negative)) + offset, with
 * both sentences encoded through the pack's prompt vectors. Positive when the logit is above 0.
 */
public record AttributeHead(String token, String positive, String negative, float scale, float offset) {
}
