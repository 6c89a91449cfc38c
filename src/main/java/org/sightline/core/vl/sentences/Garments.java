package org.sightline.core.vl.sentences;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Garment, footwear, carried-object and accessory words for PETA tokens, with synonyms. */
final class Garments {

    static final Map<String, List<String>> UPPER = Map.of(
            "upperBodyJacket", List.of("jacket", "coat", "jacket"),
            "upperBodyTshirt", List.of("t-shirt", "tee", "t-shirt"),
            "upperBodySuit", List.of("suit jacket", "suit", "blazer"),
            "upperBodySweater", List.of("sweater", "jumper", "pullover"),
            "upperBodyNoSleeve", List.of("sleeveless top", "tank top", "vest top"),
            "upperBodyShortSleeve", List.of("short-sleeved shirt", "short-sleeved top", "short sleeve shirt"),
            "upperBodyLongSleeve", List.of("long-sleeved top", "long-sleeved shirt", "top"));
    static final List<String> UPPER_ORDER = List.of("upperBodyJacket", "upperBodySuit", "upperBodySweater",
            "upperBodyTshirt", "upperBodyNoSleeve", "upperBodyShortSleeve", "upperBodyLongSleeve");
    static final List<String> UPPER_GENERIC = List.of("top", "shirt", "top", "upper garment");

    static final Map<String, List<String>> LOWER = Map.of(
            "lowerBodyJeans", List.of("jeans", "denim jeans"),
            "lowerBodyShorts", List.of("shorts"),
            "lowerBodyHotPants", List.of("hot pants", "very short shorts"),
            "lowerBodyShortSkirt", List.of("short skirt", "miniskirt", "skirt"),
            "lowerBodyLongSkirt", List.of("long skirt", "long dress", "skirt"),
            "lowerBodyCapri", List.of("capri pants", "cropped trousers"),
            "lowerBodySuits", List.of("suit trousers", "formal trousers"),
            "lowerBodyTrousers", List.of("trousers", "pants", "slacks"));
    static final List<String> LOWER_ORDER = List.of("lowerBodyJeans", "lowerBodyHotPants", "lowerBodyShorts",
            "lowerBodyShortSkirt", "lowerBodyLongSkirt", "lowerBodyCapri", "lowerBodySuits", "lowerBodyTrousers");
    static final List<String> LOWER_GENERIC = List.of("trousers", "pants", "bottoms");

    static final Map<String, List<String>> FOOTWEAR = Map.of(
            "footwearSneakers", List.of("sneakers", "trainers", "sports shoes"),
            "footwearLeatherShoes", List.of("leather shoes", "dress shoes"),
            "footwearBoots", List.of("boots"),
            "footwearSandals", List.of("sandals"),
            "footwearStocking", List.of("stockings", "tights"),
            "footwearShoes", List.of("shoes"));
    static final List<String> FOOTWEAR_ORDER = List.of("footwearSneakers", "footwearLeatherShoes", "footwearBoots",
            "footwearSandals", "footwearStocking", "footwearShoes");

    static final Map<String, List<String>> ACCESSORY = Map.of(
            "accessoryHat", List.of("a hat", "a cap", "a hat"),
            "accessorySunglasses", List.of("sunglasses", "dark glasses"),
            "accessoryMuffler", List.of("a scarf", "a muffler"),
            "accessoryHairBand", List.of("a hairband", "a headband"),
            "accessoryKerchief", List.of("a headscarf", "a kerchief"),
            "accessoryHeadphone", List.of("headphones"));

    static final Map<String, List<String>> CARRIED = Map.of(
            "carryingBackpack", List.of("a backpack", "a rucksack", "a backpack"),
            "carryingMessengerBag", List.of("a shoulder bag", "a messenger bag", "a bag"),
            "carryingPlasticBags", List.of("plastic bags", "shopping bags", "a plastic bag"),
            "carryingLuggageCase", List.of("a suitcase", "luggage", "a rolling case"),
            "carryingSuitcase", List.of("a suitcase", "a briefcase"),
            "carryingBabyBuggy", List.of("a stroller", "a pushchair", "a baby buggy"),
            "carryingUmbrella", List.of("an umbrella"),
            "carryingFolder", List.of("a folder", "documents"),
            "carryingShoppingTro", List.of("a shopping trolley", "a shopping cart"),
            "carryingOther", List.of("a handbag", "a bag", "something in hand"));

    private Garments() {
    }

    /** The first of {@code order} present in {@code tokens}, worded; null if none. */
    static String first(Set<String> tokens, List<String> order, Map<String, List<String>> words, Random random) {
        for (String token : order) {
            if (tokens.contains(token)) {
                return Wording.pick(random, words.get(token));
            }
        }
        return null;
    }
}
