package org.sightline.core.vl.sentences;

import java.util.List;

/**
 * The parts of one description, each already worded: who ({@code subject}, without article, e.g.
 * "young woman"), what they wear ("a red jacket"), their hair ("long black hair") and what they carry
 * ("a backpack"). Empty lists and a generic subject mean "not mentioned", not "absent".
 */
public record Facets(String subject, List<String> worn, String hair, List<String> carried) {

    public Facets {
        worn = List.copyOf(worn);
        carried = List.copyOf(carried);
        hair = hair == null ? "" : hair;
    }

    public boolean hasHair() {
        return !hair.isEmpty();
    }
}
