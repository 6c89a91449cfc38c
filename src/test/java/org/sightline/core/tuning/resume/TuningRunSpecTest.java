package org.sightline.core.tuning.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A saved run's spec names what changed: data, base model, settings; the same run passes. */
class TuningRunSpecTest {

    static TuningRunSpec spec(int epochs, String fingerprint) {
        return new TuningRunSpec("attributes", "/data/office.csv", "peta-35", epochs, 7, 4, 0.01, 128, 6, 0.3,
                "sightline-pedvl", "12".repeat(32), fingerprint.repeat(32), "120 labelled crops, 5 attributes", "on");
    }

    @Test
    void sameRunPassesAndJsonRoundTrips() throws Exception {
        TuningRunSpec spec = spec(30, "ab");
        spec.requireSameRun(TuningRunSpec.fromJson(spec.toJson(), "test"), "test");
        assertEquals(spec, TuningRunSpec.fromJson(spec.toJson(), "test"));
    }

    @Test
    void changesAreNamed() {
        TuningRunSpec saved = spec(30, "ab");
        TuningRunSpec now = new TuningRunSpec("attributes", "/data/office.csv", "peta-35", 20, 7, 4, 0.01, 128, 6, 0.3,
                "sightline-pedvl", "34".repeat(32), "cd".repeat(32), "118 labelled crops, 5 attributes", "on");
        List<String> changes = saved.changesTo(now);
        assertEquals(3, changes.size(), changes.toString());
        assertTrue(changes.get(0).startsWith("the labelled data in /data/office.csv changed since the run started (then 120 "
                + "labelled crops, 5 attributes, fingerprint abababababab…; now 118 labelled crops"), changes.get(0));
        assertTrue(changes.get(1).startsWith("the base model changed (was sightline-pedvl with weights 121212121212…"), changes.get(1));
        assertTrue(changes.get(2).startsWith("the settings changed (were epochs 30,"), changes.get(2));
        TuningResumeException e = assertThrows(TuningResumeException.class, () -> saved.requireSameRun(now, "case /c (job 3)"));
        assertTrue(e.getMessage().startsWith("Cannot resume the tuning run saved in case /c (job 3): the labelled data"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> TuningRunSpec.fromJson("{}", "case /c (job 3)"));
        assertTrue(bad.getMessage().startsWith("Bad tuning run parameters in case /c (job 3)"), bad.getMessage());
    }
}
