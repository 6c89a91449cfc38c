package org.sightline.core.vl.attributes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sightline.core.attributes.Attribute;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * Attributes from a vision-language model, PromptPAR-style: every attribute is worded as sentences
 * ({@link AttributeSentences}), the crop's image embedding is compared with them
 * ({@link SentenceFeatures}), and a per-attribute logistic head ({@link AttributeHeads}) turns the
 * difference into a probability. Covers every attribute it is given, so every attribute of a schema;
 * attributes without a fitted head use {@link #UNCALIBRATED_SLOPE} and offset 0 (see
 * {@link #uncalibrated()}). Its outputs are schema tokens, saved without a mapping. Owns the model.
 */
public final class VlAttributePredictor implements AttributePredictor {
    /** Slope for attributes without a head: a cosine difference of 0.1 gives p = 0.73. */
    public static final double UNCALIBRATED_SLOPE = 10;
    public static final String DISPLAY_SUFFIX = " (vision-language)";

    private final VisionLanguageModel model;
    private final SentenceFeatures features;
    private final double[] slopes;
    private final double[] offsets;
    private final List<String> uncalibrated = new ArrayList<>();
    private final String id;

    public VlAttributePredictor(VisionLanguageModel model, List<Attribute> attributes, AttributeHeads heads) {
        if (heads != null && !heads.fits(model.identity())) {
            throw new IllegalArgumentException("Attribute heads of " + heads.modelId() + " (sha256 " + heads.sha256()
                    + ") do not fit model " + model.identity());
        }
        this.model = model;
        this.features = new SentenceFeatures(model, attributes);
        this.slopes = new double[attributes.size()];
        this.offsets = new double[attributes.size()];
        for (int a = 0; a < attributes.size(); a++) {
            String token = attributes.get(a).token();
            AttributeHeads.Head head = heads == null ? null : heads.head(token).orElse(null);
            if (head == null) {
                uncalibrated.add(token);
            }
            slopes[a] = head == null ? UNCALIBRATED_SLOPE : head.slope();
            offsets[a] = head == null ? 0 : head.offset();
        }
        String sha = model.identity().sha256();
        this.id = "vl:" + model.identity().modelId() + "@" + (sha.length() > 8 ? sha.substring(0, 8) : sha);
    }

    /** Every attribute of the built-in schemas (their union, default schema first), so any schema shown is covered. */
    public static List<Attribute> allBuiltInAttributes() {
        Set<String> seen = new LinkedHashSet<>();
        List<Attribute> all = new ArrayList<>();
        for (AttributeSchema schema : BuiltInSchemas.all()) {
            for (Attribute attribute : schema.attributes()) {
                if (seen.add(attribute.token())) {
                    all.add(attribute);
                }
            }
        }
        return all;
    }

    public static String displayName(String modelId) {
        return modelId + DISPLAY_SUFFIX;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> attributeNames() {
        return features.tokens();
    }

    /** Attributes scored with the default slope because no head was fitted for them. */
    public List<String> uncalibrated() {
        return List.copyOf(uncalibrated);
    }

    @Override
    public float[][] predict(List<RgbImage> crops) {
        return fromEmbeddings(model.encodeImages(crops));
    }

    /** Probabilities from image embeddings already computed by this model (e.g. stored in the case). */
    public float[][] fromEmbeddings(float[][] embeddings) {
        double[][] x = features.of(embeddings);
        float[][] p = new float[x.length][slopes.length];
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < slopes.length; a++) {
                p[i][a] = (float) (1 / (1 + Math.exp(-(slopes[a] * x[i][a] + offsets[a]))));
            }
        }
        return p;
    }

    public double[][] features(float[][] embeddings) {
        return features.of(embeddings);
    }

    @Override
    public void close() {
        model.close();
    }
}
