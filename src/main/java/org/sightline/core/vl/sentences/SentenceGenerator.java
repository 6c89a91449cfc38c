package org.sightline.core.vl.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Turns a person's PETA attribute tokens into varied natural sentences (the PromptPAR idea): random
 * attribute subsets, synonyms and orders in one {@link TemplateFamily}'s frames. Deterministic for a
 * given seed and call sequence; not thread-safe (one generator per thread).
 */
public final class SentenceGenerator {

    /** Each attribute part is mentioned with about this probability. */
    public static final double KEEP = 0.7;

    private final TemplateFamily family;
    private final Random random;

    public SentenceGenerator(TemplateFamily family, long seed) {
        this.family = family;
        this.random = new Random(seed);
    }

    public TemplateFamily family() {
        return family;
    }

    /** One sentence describing a random subset of {@code tokens}. */
    public String sentence(Set<String> tokens) {
        return family.compose(FacetBuilder.build(tokens, random, KEEP), random);
    }

    /** One sentence mentioning every attribute part the tokens can word. */
    public String fullSentence(Set<String> tokens) {
        return family.compose(FacetBuilder.build(tokens, random, 1.0), random);
    }

    public List<String> sentences(Set<String> tokens, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(sentence(tokens));
        }
        return out;
    }
}
