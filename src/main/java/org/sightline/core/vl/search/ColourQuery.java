package org.sightline.core.vl.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The colours a description asks for and where: "a woman in a red top and blue jeans" asks for red
 * on the upper body and blue on the lower body. A colour word belongs to the next garment word within
 * a few words; a colour with no garment after it ("someone in red") may be on either part.
 */
public record ColourQuery(List<Wanted> wanted) {

    /** Part of the body a colour is wanted on. */
    public enum Part { UPPER, LOWER, EITHER }

    /** One colour (index into {@link ColourName#NAMES}) wanted on a part. */
    public record Wanted(int colour, Part part) {
    }

    private static final Map<String, String> SYNONYMS = Map.of("gray", "grey", "navy", "blue", "scarlet", "red",
            "violet", "purple", "tan", "brown", "dark", "black", "crimson", "red", "beige", "brown");
    private static final Set<String> UPPER = Set.of("top", "shirt", "t-shirt", "tshirt", "jacket", "coat", "sweater",
            "hoodie", "blouse", "jumper", "vest", "cardigan", "shirts", "tops", "jackets", "coats", "sweatshirt", "upper");
    private static final Set<String> LOWER = Set.of("trousers", "pants", "jeans", "shorts", "skirt", "leggings",
            "bottoms", "slacks", "lower");
    private static final Set<String> OTHER = Set.of("shoes", "sneakers", "boots", "sandals", "hair", "hat", "cap",
            "backpack", "bag", "bags", "scarf", "sunglasses", "footwear", "trainers");
    private static final int REACH = 4;

    public ColourQuery {
        wanted = List.copyOf(wanted);
    }

    public boolean isEmpty() {
        return wanted.isEmpty();
    }

    public static ColourQuery parse(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replace("-and-", " and ").split("[^a-z-]+");
        List<Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            int colour = colourIndex(words[i]);
            if (colour < 0) {
                continue;
            }
            Part part = Part.EITHER;
            boolean otherThing = false;
            for (int j = i + 1; j < Math.min(words.length, i + 1 + REACH); j++) {
                if (UPPER.contains(words[j])) {
                    part = Part.UPPER;
                    break;
                }
                if (LOWER.contains(words[j])) {
                    part = Part.LOWER;
                    break;
                }
                if (OTHER.contains(words[j])) {
                    otherThing = true;
                    break;
                }
                if (colourIndex(words[j]) < 0 && !words[j].equals("and") && !words[j].equals("striped")
                        && !words[j].equals("plaid") && !words[j].equals("checked") && !words[j].equals("long")
                        && !words[j].equals("short") && !words[j].equals("-and-")) {
                    break;
                }
            }
            if (!otherThing) {
                wanted.add(new Wanted(colour, part));
            }
        }
        return new ColourQuery(wanted);
    }

    static int colourIndex(String word) {
        String canonical = SYNONYMS.getOrDefault(word, word);
        return ColourName.NAMES.indexOf(canonical);
    }

    /**
     * How well a crop's {@link ColourBands} match: the mean over wanted colours of the fraction of the
     * wanted part in that colour (for {@link Part#EITHER}, the larger of the two), in [0, 1].
     */
    public double evidence(float[] bands) {
        if (wanted.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Wanted w : wanted) {
            double upper = ColourBands.fraction(bands, 0, w.colour());
            double lower = ColourBands.fraction(bands, 1, w.colour());
            sum += switch (w.part()) {
                case UPPER -> upper;
                case LOWER -> lower;
                case EITHER -> Math.max(upper, lower);
            };
        }
        return sum / wanted.size();
    }
}
