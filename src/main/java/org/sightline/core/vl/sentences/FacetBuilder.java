package org.sightline.core.vl.sentences;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Words a random subset of a person's PETA tokens as {@link Facets}: each part (gender/age, upper
 * body, lower body, footwear, hair, carried objects, accessories) is kept with probability
 * {@code keep}, worded with a random synonym, and the worn items come in random order.
 */
final class FacetBuilder {

    private static final Map<String, List<String>> GENERIC_SUBJECT = Map.of("", List.of("person", "pedestrian",
            "person", "individual"));

    private FacetBuilder() {
    }

    static Facets build(Set<String> tokens, Random random, double keep) {
        String subject = random.nextDouble() < keep + 0.15 ? subject(tokens, random) : null;
        if (subject == null) {
            subject = Wording.lookup(GENERIC_SUBJECT, "", random);
        }
        List<String> worn = new ArrayList<>();
        addIf(worn, random, keep, upper(tokens, random));
        addIf(worn, random, keep, lower(tokens, random));
        addIf(worn, random, scaled(keep, 0.6), footwear(tokens, random));
        for (Map.Entry<String, List<String>> accessory : Garments.ACCESSORY.entrySet()) {
            if (tokens.contains(accessory.getKey())) {
                addIf(worn, random, scaled(keep, 0.8), Wording.pick(random, accessory.getValue()));
            }
        }
        Collections.shuffle(worn, random);
        String hair = random.nextDouble() < scaled(keep, 0.8) ? hair(tokens, random) : null;
        List<String> carried = new ArrayList<>();
        for (Map.Entry<String, List<String>> item : Garments.CARRIED.entrySet()) {
            if (tokens.contains(item.getKey())) {
                addIf(carried, random, keep, Wording.pick(random, item.getValue()));
            }
        }
        if (worn.isEmpty() && carried.isEmpty()) {
            String fallback = upper(tokens, random);
            worn.add(fallback != null ? fallback : Wording.withArticle(Wording.pick(random, Garments.UPPER_GENERIC)));
        }
        return new Facets(subject, worn, hair, carried);
    }

    /** Rarer parts are mentioned less often, except when every part must be ({@code keep} 1). */
    private static double scaled(double keep, double factor) {
        return keep >= 1 ? 1 : keep * factor;
    }

    private static void addIf(List<String> list, Random random, double probability, String phrase) {
        if (phrase != null && random.nextDouble() < probability) {
            list.add(phrase);
        }
    }

    static String subject(Set<String> tokens, Random random) {
        boolean male = tokens.contains("personalMale");
        boolean female = tokens.contains("personalFemale");
        if (!male && !female) {
            return null;
        }
        boolean useAge = random.nextBoolean();
        if (useAge && tokens.contains("personalLess15")) {
            return Wording.pick(random, male ? List.of("boy", "young boy", "kid") : List.of("girl", "young girl", "kid"));
        }
        if (useAge && tokens.contains("personalLess30")) {
            return Wording.pick(random, male ? List.of("young man", "young guy") : List.of("young woman", "young lady"));
        }
        if (useAge && tokens.contains("personalLess60")) {
            return Wording.pick(random, male ? List.of("middle-aged man") : List.of("middle-aged woman"));
        }
        if (useAge && tokens.contains("personalLarger60")) {
            return Wording.pick(random, male ? List.of("old man", "elderly man", "senior man")
                    : List.of("old woman", "elderly woman", "senior woman"));
        }
        return Wording.pick(random, male ? List.of("man", "man", "guy", "male") : List.of("woman", "woman", "lady", "female"));
    }

    static String upper(Set<String> tokens, Random random) {
        String garment = Garments.first(tokens, Garments.UPPER_ORDER, Garments.UPPER, random);
        return item(ColourWords.of(tokens, "upperBody", random),
                garment != null ? garment : Wording.pick(random, Garments.UPPER_GENERIC), pattern(tokens, random));
    }

    static String lower(Set<String> tokens, Random random) {
        String garment = Garments.first(tokens, Garments.LOWER_ORDER, Garments.LOWER, random);
        return item(ColourWords.of(tokens, "lowerBody", random),
                garment != null ? garment : Wording.pick(random, Garments.LOWER_GENERIC), "");
    }

    static String footwear(Set<String> tokens, Random random) {
        String garment = Garments.first(tokens, Garments.FOOTWEAR_ORDER, Garments.FOOTWEAR, random);
        String colour = ColourWords.of(tokens, "footwear", random);
        if (garment == null && colour.isEmpty()) {
            return null;
        }
        return item(colour, garment != null ? garment : "shoes", "");
    }

    private static String pattern(Set<String> tokens, Random random) {
        if (tokens.contains("upperBodyPlaid")) {
            return Wording.pick(random, "plaid", "checked");
        }
        if (tokens.contains("upperBodyThinStripes") || tokens.contains("upperBodyThickStripes")) {
            return "striped";
        }
        return "";
    }

    /** "a red striped jacket", "blue jeans" (plural garments take no article). */
    private static String item(String colour, String garment, String pattern) {
        String phrase = (colour.isEmpty() ? "" : colour + " ") + (pattern.isEmpty() ? "" : pattern + " ") + garment;
        return isPlural(garment) ? phrase : Wording.withArticle(phrase);
    }

    static boolean isPlural(String garment) {
        return garment.endsWith("s") && !garment.endsWith("dress");
    }

    static String hair(Set<String> tokens, Random random) {
        if (tokens.contains("hairBald")) {
            return "a bald head";
        }
        String length = tokens.contains("hairLong") ? Wording.pick(random, "long", "long", "shoulder-length")
                : tokens.contains("hairShort") ? "short" : "";
        String colour = ColourWords.of(tokens, "hair", random);
        colour = colour.replace("tan", "brown").replace("navy", "blue").replace("scarlet", "red");
        if (tokens.contains("hairYellow")) {
            colour = Wording.pick(random, "blond", "blonde", "fair");
        }
        if (length.isEmpty() && colour.isEmpty()) {
            return null;
        }
        return (length + " " + colour).strip() + " hair";
    }
}
