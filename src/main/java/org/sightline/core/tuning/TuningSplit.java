package org.sightline.core.tuning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.sightline.core.attributes.labels.LabelledImage;

/**
 * A seeded split into training and validation images. With a {@code person_id} (or {@code person})
 * column, all images of one person land on the same side (the person key includes a {@code subset}
 * column when there is one, since ids repeat across subsets); otherwise images are split one by one.
 */
public record TuningSplit(List<LabelledImage> training, List<LabelledImage> validation, boolean byPerson) {

    private static final List<String> PERSON_COLUMNS = List.of("person_id", "person");

    public TuningSplit {
        training = List.copyOf(training);
        validation = List.copyOf(validation);
    }

    /** {@code validationShare} in (0, 1): the share of people (or images) held out for validation. */
    public static TuningSplit of(List<LabelledImage> images, double validationShare, long seed) {
        if (!(validationShare > 0 && validationShare < 1)) {
            throw new IllegalArgumentException("validation share must be in (0, 1), got " + validationShare);
        }
        boolean byPerson = !images.isEmpty() && images.stream().allMatch(i -> personOf(i) != null);
        Map<String, List<LabelledImage>> groups = new TreeMap<>();
        for (LabelledImage image : images) {
            groups.computeIfAbsent(byPerson ? personOf(image) : image.file(), k -> new ArrayList<>()).add(image);
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        Collections.shuffle(keys, new Random(seed));
        int validationGroups = (int) Math.max(1, Math.min(keys.size() - 1, Math.round(keys.size() * validationShare)));
        Map<String, Boolean> inValidation = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            inValidation.put(keys.get(i), i < validationGroups);
        }
        List<LabelledImage> training = new ArrayList<>();
        List<LabelledImage> validation = new ArrayList<>();
        for (LabelledImage image : images) {
            (inValidation.get(byPerson ? personOf(image) : image.file()) ? validation : training).add(image);
        }
        return new TuningSplit(training, validation, byPerson);
    }

    static String personOf(LabelledImage image) {
        for (String column : PERSON_COLUMNS) {
            String id = image.extra().get(column);
            if (id != null && !id.isBlank()) {
                return image.extra().getOrDefault("subset", "") + "/" + id.strip();
            }
        }
        return null;
    }
}
