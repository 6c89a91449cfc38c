package org.sightline.core.vl.attributes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.core.attributes.Attribute;

/**
 * PromptPAR-style sentences for each attribute: several wordings of "has it" and of "has the
 * opposite or nothing in particular" (a neutral or other-value sentence), so that the image's
 * similarity to the first minus its similarity to the second measures the attribute. Covers every
 * PETA and PA-100K token of the built-in schemas; any other attribute is worded from its label.
 */
public final class AttributeSentences {

    /** Wordings with and without an attribute. */
    public record Prompt(List<String> positives, List<String> negatives) {
        public Prompt {
            positives = List.copyOf(positives);
            negatives = List.copyOf(negatives);
        }
    }

    private static final List<String> COLOURS = List.of("Black", "Blue", "Brown", "Green", "Grey", "Orange", "Pink",
            "Purple", "Red", "White", "Yellow");
    private static final String NOTHING = "a person carrying nothing|a person with empty hands";
    private static final Map<String, String> TABLE = table();

    private AttributeSentences() {
    }

    /** The sentences of {@code attribute}: from the table by token, else from its label. */
    public static Prompt of(Attribute attribute) {
        String spec = TABLE.get(attribute.token());
        if (spec == null) {
            String label = attribute.label().toLowerCase(Locale.ROOT);
            return new Prompt(List.of("a person with " + label, "a pedestrian with " + label), List.of("a person", "a pedestrian"));
        }
        String[] parts = spec.split(" ; ");
        return new Prompt(Arrays.asList(parts[0].split("\\|")), Arrays.asList(parts[1].split("\\|")));
    }

    /** Whether the token has hand-written sentences (not worded from its label). */
    public static boolean isWorded(String token) {
        return TABLE.containsKey(token);
    }

    private static Map<String, String> table() {
        Map<String, String> t = new HashMap<>();
        t.put("personalMale", "a man|a male pedestrian|a photo of a man ; a woman|a female pedestrian|a photo of a woman");
        t.put("personalFemale", "a woman|a female pedestrian|a photo of a woman ; a man|a male pedestrian|a photo of a man");
        t.put("personalLess15", "a child|a kid|a young boy|a young girl ; an adult|a grown man|a grown woman");
        t.put("personalLess30", "a young person|a young man|a young woman ; a middle-aged person|an old person");
        t.put("personalLess45", "an adult in their thirties|a man|a woman ; a young person|an old person");
        t.put("personalLess60", "a middle-aged person|a middle-aged man|a middle-aged woman ; a young person|a young man|a young woman");
        t.put("personalLarger60", "an old person|an elderly man|an elderly woman ; a young person|a young man|a young woman");
        t.put("accessoryHat", "a person wearing a hat|a person wearing a cap ; a person|a person with no hat");
        t.put("accessorySunglasses", "a person wearing sunglasses ; a person");
        t.put("accessoryMuffler", "a person wearing a scarf ; a person");
        t.put("accessoryNothing", "a person ; a person wearing a hat|a person wearing a scarf|a person wearing sunglasses");
        t.put("hairLong", "a person with long hair ; a person with short hair");
        t.put("hairShort", "a person with short hair ; a person with long hair");
        t.put("hairBald", "a person with a bald head ; a person with short hair|a person with long hair");
        t.put("carryingBackpack", "a person carrying a backpack ; " + NOTHING);
        t.put("carryingMessengerBag", "a person carrying a shoulder bag|a person carrying a messenger bag ; " + NOTHING);
        t.put("carryingPlasticBags", "a person carrying plastic bags|a person carrying a plastic bag ; " + NOTHING);
        t.put("carryingLuggageCase", "a person pulling a suitcase|a person carrying luggage ; " + NOTHING);
        t.put("carryingOther", "a person carrying a handbag|a person holding something ; " + NOTHING);
        t.put("carryingNothing", NOTHING + " ; a person carrying a bag|a person carrying a backpack");
        t.put("upperBodyLongSleeve", "a person wearing a long-sleeved top ; a person wearing a short-sleeved top");
        t.put("upperBodyShortSleeve", "a person wearing a short-sleeved top|a person wearing a t-shirt ; a person wearing a long-sleeved top");
        t.put("upperBodyNoSleeve", "a person wearing a sleeveless top|a person wearing a vest ; a person wearing a long-sleeved top");
        t.put("upperBodyJacket", "a person wearing a jacket|a person wearing a coat ; a person wearing a t-shirt|a person wearing a shirt");
        t.put("upperBodyTshirt", "a person wearing a t-shirt ; a person wearing a jacket|a person wearing a coat");
        t.put("upperBodySuit", "a person wearing a suit|a person wearing a suit jacket ; a person wearing casual clothes");
        t.put("upperBodySweater", "a person wearing a sweater|a person wearing a jumper ; a person wearing a t-shirt");
        t.put("upperBodyLogo", "a person wearing a top with a logo ; a person wearing a plain top");
        t.put("upperBodyPlaid", "a person wearing a plaid shirt|a person wearing a checked shirt ; a person wearing a plain top");
        t.put("upperBodyThinStripes", "a person wearing a striped top|a person wearing a striped shirt ; a person wearing a plain top");
        t.put("upperBodyThickStripes", "a person wearing a striped top ; a person wearing a plain top");
        t.put("upperBodyCasual", "a person in casual clothes|a person wearing a t-shirt ; a person in formal clothes|a person wearing a suit");
        t.put("upperBodyFormal", "a person in formal clothes|a person wearing a suit ; a person in casual clothes|a person wearing a t-shirt");
        t.put("upperBodyOther", "a person wearing an unusual top|a person wearing a dress ; a person wearing a t-shirt|a person wearing a jacket");
        t.put("upperBodyVNeck", "a person wearing a v-neck top ; a person wearing a top");
        t.put("lowerBodyTrousers", "a person wearing trousers|a person wearing long pants ; a person wearing a skirt|a person wearing shorts");
        t.put("lowerBodyJeans", "a person wearing jeans ; a person wearing trousers|a person wearing a skirt");
        t.put("lowerBodyShorts", "a person wearing shorts ; a person wearing trousers");
        t.put("lowerBodyShortSkirt", "a person wearing a short skirt|a person wearing a skirt ; a person wearing trousers");
        t.put("lowerBodyLongSkirt", "a person wearing a long skirt|a person wearing a long dress ; a person wearing trousers");
        t.put("lowerBodyCasual", "a person wearing jeans|a person wearing casual trousers ; a person wearing suit trousers|a person wearing formal trousers");
        t.put("lowerBodyFormal", "a person wearing suit trousers|a person wearing formal trousers ; a person wearing jeans|a person wearing casual trousers");
        t.put("footwearShoes", "a person wearing shoes ; a person wearing sneakers|a person wearing sandals");
        t.put("footwearLeatherShoes", "a person wearing leather shoes ; a person wearing sneakers");
        t.put("footwearSneakers", "a person wearing sneakers|a person wearing trainers ; a person wearing leather shoes");
        t.put("footwearBoots", "a person wearing boots ; a person wearing shoes");
        t.put("footwearSandals", "a person wearing sandals ; a person wearing shoes");
        for (String colour : COLOURS) {
            String c = colour.toLowerCase(Locale.ROOT);
            t.put("upperBody" + colour, "a person wearing a " + c + " top|a person in a " + c + " shirt|a person wearing a "
                    + c + " jacket ; a person wearing a top|a person in a shirt|a person wearing a jacket");
            t.put("lowerBody" + colour, "a person wearing " + c + " trousers|a person in " + c + " pants ; "
                    + "a person wearing trousers|a person in pants");
            t.put("footwear" + colour, "a person wearing " + c + " shoes ; a person wearing shoes");
            t.put("hair" + colour, "a person with " + c + " hair ; a person with hair");
        }
        petaAliases(t);
        return Map.copyOf(t);
    }

    /** PA-100K tokens: the PETA wording where the meaning is the same, else their own. */
    private static void petaAliases(Map<String, String> t) {
        t.put("Female", t.get("personalFemale"));
        t.put("AgeOver60", t.get("personalLarger60"));
        t.put("Age18-60", "an adult|a grown man|a grown woman ; a child|an old person");
        t.put("AgeLess18", t.get("personalLess15"));
        t.put("Front", "a person facing the camera|a person seen from the front ; a person seen from behind");
        t.put("Side", "a person seen from the side ; a person facing the camera|a person seen from behind");
        t.put("Back", "a person seen from behind|a person walking away ; a person facing the camera");
        t.put("Hat", t.get("accessoryHat"));
        t.put("Glasses", "a person wearing glasses|a person wearing sunglasses ; a person");
        t.put("HandBag", "a person carrying a handbag ; " + NOTHING);
        t.put("ShoulderBag", t.get("carryingMessengerBag"));
        t.put("Backpack", t.get("carryingBackpack"));
        t.put("HoldObjectsInFront", "a person holding something in front ; " + NOTHING);
        t.put("ShortSleeve", t.get("upperBodyShortSleeve"));
        t.put("LongSleeve", t.get("upperBodyLongSleeve"));
        t.put("UpperStride", t.get("upperBodyThinStripes"));
        t.put("UpperLogo", t.get("upperBodyLogo"));
        t.put("UpperPlaid", t.get("upperBodyPlaid"));
        t.put("UpperSplice", "a person wearing a two-coloured top ; a person wearing a plain top");
        t.put("LowerStripe", "a person wearing striped trousers ; a person wearing plain trousers");
        t.put("LowerPattern", "a person wearing patterned trousers ; a person wearing plain trousers");
        t.put("LongCoat", "a person wearing a long coat ; a person wearing a short jacket|a person wearing a t-shirt");
        t.put("Trousers", t.get("lowerBodyTrousers"));
        t.put("Shorts", t.get("lowerBodyShorts"));
        t.put("Skirt&Dress", "a person wearing a skirt|a person wearing a dress ; a person wearing trousers");
        t.put("boots", t.get("footwearBoots"));
    }
}
