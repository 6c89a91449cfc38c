package org.sightline.core.vl.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person-disjoint train / validation split: whole held-out PETA subsets (cameras the model never
 * sees) plus a seeded fraction of Market identities.
 */
public record CropSplit(List<PedestrianCrop> train, List<PedestrianCrop> validation) {

    /** The PETA subsets the shipped model holds out entirely. */
    public static final Set<String> HELD_OUT_PETA_SUBSETS = Set.of("PETA/PRID", "PETA/MIT");
    public static final double HELD_OUT_MARKET_FRACTION = 0.2;

    public CropSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }

    /** The default split: {@link #HELD_OUT_PETA_SUBSETS} and {@link #HELD_OUT_MARKET_FRACTION} of Market people. */
    public static CropSplit of(List<PedestrianCrop> crops, long seed) {
        return of(crops, HELD_OUT_PETA_SUBSETS, HELD_OUT_MARKET_FRACTION, seed);
    }

    /**
     * Crops of {@code heldOutSources} go to validation; of the other sources' people (sorted, then
     * shuffled with {@code seed}), the first {@code heldOutFraction} too, except PETA's: those stay
     * in training so that held-out PETA cameras are truly unseen rather than partly seen.
     */
    public static CropSplit of(List<PedestrianCrop> crops, Set<String> heldOutSources, double heldOutFraction, long seed) {
        Set<String> marketPeople = new TreeSet<>();
        for (PedestrianCrop crop : crops) {
            if (!crop.source().startsWith("PETA/") && !heldOutSources.contains(crop.source())) {
                marketPeople.add(crop.personKey());
            }
        }
        List<String> people = new ArrayList<>(marketPeople);
        Collections.shuffle(people, new Random(seed));
        Set<String> heldOutPeople = Set.copyOf(people.subList(0, (int) Math.round(people.size() * heldOutFraction)));
        List<PedestrianCrop> train = new ArrayList<>();
        List<PedestrianCrop> validation = new ArrayList<>();
        for (PedestrianCrop crop : crops) {
            boolean heldOut = heldOutSources.contains(crop.source()) || heldOutPeople.contains(crop.personKey());
            (heldOut ? validation : train).add(crop);
        }
        return new CropSplit(train, validation);
    }
}
