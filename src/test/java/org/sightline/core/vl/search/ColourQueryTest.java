package org.sightline.core.vl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.vl.search.ColourQuery.Part;
import org.sightline.core.vl.search.ColourQuery.Wanted;

class ColourQueryTest {
    private static int c(String name) {
        return ColourName.NAMES.indexOf(name);
    }

    @Test
    void coloursAttachToTheGarmentTheyDescribe() {
        assertEquals(List.of(new Wanted(c("red"), Part.UPPER), new Wanted(c("blue"), Part.LOWER)),
                ColourQuery.parse("a woman in a red striped top and navy jeans").wanted());
        assertEquals(List.of(new Wanted(c("grey"), Part.EITHER)), ColourQuery.parse("someone in gray").wanted());
        assertTrue(ColourQuery.parse("a man with a black backpack and white shoes").isEmpty(), "bags and shoes are not clothes bands");
        assertEquals(List.of(new Wanted(c("red"), Part.UPPER), new Wanted(c("white"), Part.UPPER)),
                ColourQuery.parse("a red-and-white jacket").wanted());
    }

    @Test
    void evidenceIsTheFractionOfTheWantedBand() {
        float[] bands = new float[ColourBands.DIMENSION];
        bands[c("red")] = 0.75f;
        bands[ColourName.COUNT + c("blue")] = 0.5f;
        assertEquals(0.625, ColourQuery.parse("a red top and blue trousers").evidence(bands), 1e-6);
        assertEquals(0.0, ColourQuery.parse("blue top").evidence(bands), 1e-6);
        assertEquals(0.5, ColourQuery.parse("in blue").evidence(bands), 1e-6);
    }
}
