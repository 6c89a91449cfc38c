package org.sightline.core.tuning;

import java.util.List;
import java.util.Map;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;

/**
 * The result of prompt tuning: learned text prompt vectors, optional visual region prompts
 * ({@link ImagePrompts#NONE} when none were learned) and per-attribute heads for one base model (its
 * id and weights' SHA-256) and one schema. {@code facts} records how it was made (seed, epochs, data,
 * validation mA before and after), for display only.
 */
public record PromptPack(ModelIdentity base, String schemaId, TextPrompts prompts, ImagePrompts imagePrompts,
                         List<AttributeHead> heads, Map<String, String> facts) {

    public static final String FORMAT = "sightline-prompt-pack";
    /** 2 adds image prompts; version-1 packs (text prompts only) are still read. */
    public static final int VERSION = 2;

    public PromptPack {
        heads = List.copyOf(heads);
        facts = Map.copyOf(facts);
    }

    /** A pack with text prompts only. */
    public PromptPack(ModelIdentity base, String schemaId, TextPrompts prompts, List<AttributeHead> heads,
                      Map<String, String> facts) {
        this(base, schemaId, prompts, ImagePrompts.NONE, heads, facts);
    }

    public PromptPack withFacts(Map<String, String> newFacts) {
        return new PromptPack(base, schemaId, prompts, imagePrompts, heads, newFacts);
    }

    public List<String> tokens() {
        return heads.stream().map(AttributeHead::token).toList();
    }

    /** Numbers the pack trains: text and image prompt values plus a scale and an offset per attribute. */
    public long trainedParameterCount() {
        return (long) prompts.values().length + imagePrompts.values().length + 2L * heads.size();
    }

    /** Throws unless the pack scores attributes (a description-search pack has no attribute heads). */
    public void requireAttributeHeads(String where) {
        if (heads.isEmpty()) {
            throw new IllegalArgumentException(where + " is a description-search prompt pack (no attribute heads): "
                    + "make it a case's search pack (Tune prompts › Search pack of this case) or use it with "
                    + "`sightline eval retrieval --pack`, not for attribute scoring");
        }
    }

    /** Whether this is a description-search pack: text prompts only, no attribute heads. */
    public boolean isSearchPack() {
        return heads.isEmpty();
    }

    /**
     * Throws unless the pack can encode description-search queries: an attribute pack (heads) belongs
     * to attribute scoring, and region prompts would change crop vectors, which search embeds without them.
     */
    public void requireSearchPack(String where) {
        if (!heads.isEmpty()) {
            throw new IllegalArgumentException(where + " is an attribute prompt pack (" + heads.size() + " attribute heads): "
                    + "make it the case's active attribute pack; description search needs a pack tuned on identity folders "
                    + "(Tune prompts › Description search)");
        }
        if (!imagePrompts.isEmpty()) {
            throw new IllegalArgumentException(where + " has visual region prompts: description search compares queries with "
                    + "crop vectors embedded without prompts, so it takes only packs with text prompts alone");
        }
    }

    /** Throws unless {@code model} is the base model this pack was tuned on. */
    public void requireBase(ModelIdentity model) throws PromptPackMismatchException {
        if (!base.modelId().equals(model.modelId()) || !base.sha256().equalsIgnoreCase(model.sha256())) {
            throw new PromptPackMismatchException("this prompt pack was tuned on base model '" + base.modelId() + "' (weights "
                    + abbreviate(base.sha256()) + "), not on '" + model.modelId() + "' (weights " + abbreviate(model.sha256())
                    + "); tune a new pack on this model or open the base model it was made for");
        }
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
    }
}
