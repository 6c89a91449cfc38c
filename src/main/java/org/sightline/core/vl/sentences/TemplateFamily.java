package org.sightline.core.vl.sentences;

import java.util.Random;

/**
 * Sentence frames around {@link Facets}. {@link #TRAINING} and {@link #EVALUATION} share the
 * attribute words but not their frames, verbs or connectives, so that evaluation sentences are not
 * training sentences in disguise.
 */
public enum TemplateFamily {
    TRAINING {
        @Override
        String compose(Facets f, Random r) {
            String a = Wording.withArticle(f.subject());
            String worn = Wording.join(f.worn(), "and");
            String carried = Wording.join(f.carried(), "and");
            String hair = f.hasHair() ? f.hair() : "";
            String body = switch (r.nextInt(6)) {
                case 0 -> a + part(" wearing ", worn) + part(", with ", hair) + part(", carrying ", carried);
                case 1 -> a + part(" in ", worn) + part(" with ", hair) + part(" and ", carried);
                case 2 -> a + part(" with ", hair) + part(" wearing ", worn) + part(", carrying ", carried);
                case 3 -> a + part(" carrying ", carried) + part(", in ", worn) + part(", with ", hair);
                case 4 -> "this " + f.subject() + part(" wears ", worn) + part(" and carries ", carried)
                        + part(", and has ", hair);
                default -> String.join(", ", nonEmpty(worn, hair, carried, f.subject()));
            };
            return switch (r.nextInt(5)) {
                case 0 -> "a photo of " + body;
                case 1 -> body + ".";
                case 2 -> "a pedestrian: " + body;
                default -> body;
            };
        }
    },
    EVALUATION {
        @Override
        String compose(Facets f, Random r) {
            String worn = Wording.join(f.worn(), "plus");
            String carried = Wording.join(f.carried(), "plus");
            String hair = f.hasHair() ? f.hair() : "";
            return switch (r.nextInt(4)) {
                case 0 -> "someone" + part(" dressed in ", worn) + part(" who has ", hair) + part(", holding ", carried);
                case 1 -> "the " + f.subject() + part(" has on ", worn) + part(" and is holding ", carried)
                        + part("; ", hair);
                case 2 -> "look for the " + f.subject() + part(" that has ", hair) + part(": ", worn) + part("; ", carried);
                default -> "cctv still showing the " + f.subject() + part(" dressed in ", worn) + part(" holding ", carried);
            };
        }
    };

    abstract String compose(Facets facets, Random random);

    private static String part(String lead, String phrase) {
        return phrase.isEmpty() ? "" : lead + phrase;
    }

    private static java.util.List<String> nonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
    }
}
