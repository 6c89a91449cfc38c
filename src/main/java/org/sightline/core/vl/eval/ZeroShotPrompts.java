package org.sightline.core.vl.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sentence pair per attribute for zero-shot attribute recognition: an image has the attribute
 * when it is closer to the first sentence than to the second (plus an optional per-attribute
 * offset). The second sentence is the attribute's opposite where one exists, else a neutral one.
 */
public final class ZeroShotPrompts {

    public record Pair(String positive, String negative) {
    }

    private static final List<String> COLOURS = List.of("Black", "Blue", "Brown", "Green", "Grey", "Orange", "Pink",
            "Purple", "Red", "White", "Yellow");

    private ZeroShotPrompts() {
    }

    /** Token -> sentence pair, for the attributes that plain words can express. */
    public static Map<String, Pair> all() {
        Map<String, Pair> p = new LinkedHashMap<>();
        p.put("personalMale", new Pair("a photo of a man", "a photo of a woman"));
        p.put("personalLess30", new Pair("a young person", "a person"));
        p.put("personalLess60", new Pair("a middle-aged person", "a person"));
        p.put("personalLarger60", new Pair("an elderly person", "a person"));
        p.put("hairLong", new Pair("a person with long hair", "a person with short hair"));
        p.put("accessoryHat", new Pair("a person wearing a hat", "a person"));
        p.put("accessorySunglasses", new Pair("a person wearing sunglasses", "a person"));
        p.put("accessoryMuffler", new Pair("a person wearing a scarf", "a person"));
        p.put("carryingBackpack", new Pair("a person carrying a backpack", "a person"));
        p.put("carryingMessengerBag", new Pair("a person carrying a shoulder bag", "a person"));
        p.put("carryingPlasticBags", new Pair("a person carrying plastic bags", "a person"));
        p.put("carryingOther", new Pair("a person carrying a handbag", "a person"));
        p.put("upperBodyJacket", new Pair("a person wearing a jacket", "a person wearing a top"));
        p.put("upperBodyTshirt", new Pair("a person wearing a t-shirt", "a person wearing a top"));
        p.put("upperBodyShortSleeve", new Pair("a person wearing a short-sleeved shirt", "a person wearing a long-sleeved shirt"));
        p.put("upperBodyPlaid", new Pair("a person wearing a plaid top", "a person wearing a top"));
        p.put("upperBodyThinStripes", new Pair("a person wearing a striped top", "a person wearing a top"));
        p.put("lowerBodyJeans", new Pair("a person wearing jeans", "a person wearing trousers"));
        p.put("lowerBodyShorts", new Pair("a person wearing shorts", "a person wearing trousers"));
        p.put("lowerBodyShortSkirt", new Pair("a person wearing a short skirt", "a person wearing trousers"));
        p.put("lowerBodyTrousers", new Pair("a person wearing trousers", "a person wearing a skirt"));
        p.put("footwearLeatherShoes", new Pair("a person wearing leather shoes", "a person wearing shoes"));
        p.put("footwearSandals", new Pair("a person wearing sandals", "a person wearing shoes"));
        p.put("footwearSneakers", new Pair("a person wearing sneakers", "a person wearing shoes"));
        for (String colour : COLOURS) {
            String word = colour.equals("Grey") ? "grey" : colour.toLowerCase(java.util.Locale.ROOT);
            p.put("upperBody" + colour, new Pair("a person wearing a " + word + " top", "a person wearing a top"));
            p.put("lowerBody" + colour, new Pair("a person wearing " + word + " trousers", "a person wearing trousers"));
        }
        return p;
    }
}
