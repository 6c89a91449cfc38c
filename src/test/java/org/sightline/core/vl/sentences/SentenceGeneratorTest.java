package org.sightline.core.vl.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceGeneratorTest {

    private static final Set<String> WOMAN_RED_JACKET = Set.of("personalFemale", "personalLess30", "hairLong",
            "upperBodyRed", "upperBodyJacket", "lowerBodyBlue", "lowerBodyJeans", "carryingBackpack", "footwearSneakers");

    @Test
    void sameSeedGivesSameSentencesAndOtherSeedsDiffer() {
        List<String> a = new SentenceGenerator(TemplateFamily.TRAINING, 3).sentences(WOMAN_RED_JACKET, 20);
        List<String> b = new SentenceGenerator(TemplateFamily.TRAINING, 3).sentences(WOMAN_RED_JACKET, 20);
        List<String> c = new SentenceGenerator(TemplateFamily.TRAINING, 4).sentences(WOMAN_RED_JACKET, 20);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void sentencesVaryInWordingSubsetAndOrder() {
        List<String> sentences = new SentenceGenerator(TemplateFamily.TRAINING, 1).sentences(WOMAN_RED_JACKET, 100);
        assertTrue(new HashSet<>(sentences).size() > 80, "distinct: " + new HashSet<>(sentences).size());
        assertTrue(sentences.stream().anyMatch(s -> s.contains("coat")) && sentences.stream().anyMatch(s -> s.contains("jacket")));
        assertTrue(sentences.stream().anyMatch(s -> s.contains("rucksack")) && sentences.stream().anyMatch(s -> s.contains("backpack")));
        assertTrue(sentences.stream().anyMatch(s -> s.indexOf("jeans") >= 0 && s.indexOf("jacket") > s.indexOf("jeans")));
        assertTrue(sentences.stream().anyMatch(s -> s.indexOf("jeans") >= 0 && s.indexOf("jacket") >= 0
                && s.indexOf("jacket") < s.indexOf("jeans")));
        assertTrue(sentences.stream().anyMatch(s -> !s.contains("jeans") && !s.contains("pants")), "some omit the lower body");
    }

    @Test
    void fullSentenceWordsEveryPart() {
        SentenceGenerator generator = new SentenceGenerator(TemplateFamily.TRAINING, 9);
        for (int i = 0; i < 20; i++) {
            String s = generator.fullSentence(WOMAN_RED_JACKET);
            assertTrue(s.matches(".*(red|scarlet).*(jacket|coat).*|.*(jacket|coat).*") && s.matches(".*(red|scarlet).*"), s);
            assertTrue(s.contains("jeans") && s.matches(".*(backpack|rucksack).*") && s.contains("long")
                    || s.contains("shoulder-length"), s);
            assertTrue(s.matches(".*(woman|lady|female).*"), s);
        }
    }

    @Test
    void neverMentionsWhatThePersonDoesNotHave() {
        Set<String> man = Set.of("personalMale", "hairShort", "upperBodyBlack", "lowerBodyGrey", "lowerBodyTrousers");
        for (TemplateFamily family : TemplateFamily.values()) {
            for (String s : new SentenceGenerator(family, 5).sentences(man, 200)) {
                assertFalse(s.matches(".*(woman|lady|female|girl|backpack|bag|red|blue|skirt|jeans|long hair).*"), s);
            }
        }
    }

    @Test
    void evaluationFamilyUsesOtherFramesThanTraining() {
        Set<String> training = new HashSet<>(new SentenceGenerator(TemplateFamily.TRAINING, 2).sentences(WOMAN_RED_JACKET, 300));
        List<String> evaluation = new SentenceGenerator(TemplateFamily.EVALUATION, 2).sentences(WOMAN_RED_JACKET, 300);
        for (String s : evaluation) {
            assertFalse(training.contains(s), s);
            assertFalse(s.matches(".*(a photo of|a pedestrian:| wearing | wears | carrying | carries ).*"), s);
        }
        for (String s : training) {
            assertFalse(s.matches(".*(dressed in|has on|holding|look for|cctv|plus).*"), s);
        }
    }
}
