package org.sightline.core.attributes.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.labels.FolderExportSummary;
import org.sightline.core.attributes.labels.LabelReadOptions;
import org.sightline.core.attributes.labels.LabelSet;
import org.sightline.core.attributes.labels.LabelledFolderTree;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.attributes.labels.LabelsCsv;
import org.sightline.core.attributes.labels.LinkMode;
import org.sightline.core.attributes.labels.UnknownTokens;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.JobContext;

/**
 * Effective labels of a case in and out. Export writes each detection's positive schema tokens (an
 * UNKNOWN attribute, neither scored nor corrected, is written absent like a NO, as the CSV format has
 * no third value). Import reads a labels CSV as corrections by one author: listed schema tokens yes,
 * the schema's other tokens no, tokens outside the schema ignored.
 */
public final class CaseLabels {
    /** The extra CSV column holding the detection id. */
    public static final String DETECTION_COLUMN = "detection";
    private final CaseStore store;

    public CaseLabels(CaseStore store) {
        this.store = store;
    }

    /** The folder of crop copies written beside {@code csv}: {@code <csv name>_crops}. */
    public static Path cropsFolder(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return csv.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "_crops");
    }

    /** Writes the CSV and copies every detection's crop into {@link #cropsFolder}; returns the rows written. */
    public int exportCsv(AttributeSchema schema, String predictorId, double threshold, Path csv) throws IOException {
        Path crops = cropsFolder(csv);
        if (Files.exists(crops)) {
            throw new IOException("Crops folder " + crops + " already exists; choose another CSV name "
                    + "(nothing is overwritten)");
        }
        Files.createDirectories(crops);
        Map<Long, Set<String>> positives = new EffectiveLabels(store).positivesOfAll(schema, predictorId, threshold);
        List<LabelledImage> images = new ArrayList<>();
        for (CaseCrops.CropFile crop : CaseCrops.all(store)) {
            Path copy = crops.resolve(crop.exportName());
            Files.copy(crop.file(), copy, StandardCopyOption.COPY_ATTRIBUTES);
            images.add(new LabelledImage(crops.getFileName() + "/" + crop.exportName(), copy,
                    positives.getOrDefault(crop.detectionId(), Set.of()),
                    Map.of(DETECTION_COLUMN, Long.toString(crop.detectionId()))));
        }
        LabelsCsv.write(new LabelSet(csv.toAbsolutePath().getParent(),
                List.of(LabelSet.FILE, LabelSet.ATTRIBUTES, DETECTION_COLUMN), images), csv);
        return images.size();
    }

    /** Writes the labelled folder tree ({@link LabelledFolderTree}) of the effective labels into {@code root}. */
    public FolderExportSummary exportTree(AttributeSchema schema, String predictorId, double threshold, Path root,
                                          LinkMode mode, JobContext context) throws IOException {
        Map<Long, Set<String>> positives = new EffectiveLabels(store).positivesOfAll(schema, predictorId, threshold);
        List<LabelledImage> images = new ArrayList<>();
        for (CaseCrops.CropFile crop : CaseCrops.all(store)) {
            images.add(new LabelledImage(crop.exportName(), crop.file(),
                    positives.getOrDefault(crop.detectionId(), Set.of()), Map.of()));
        }
        LabelSet labels = new LabelSet(root, List.of(LabelSet.FILE, LabelSet.ATTRIBUTES), images);
        return LabelledFolderTree.export(labels, schema, root, mode, context);
    }

    /**
     * Imports {@code csv} as corrections by {@code author}, all in one transaction. Rows are matched to
     * detections by file: a crop name this class exported ({@code det<id>_...}), or the original image
     * of a gallery crop.
     */
    public LabelImportSummary importCsv(Path csv, AttributeSchema schema, String author) throws IOException {
        LabelSet labels = LabelsCsv.read(csv, new LabelReadOptions(schema, UnknownTokens.DROP, false));
        Map<Path, Long> byOriginal = new HashMap<>();
        Set<Long> known = new java.util.HashSet<>();
        for (CaseCrops.CropFile crop : CaseCrops.all(store)) {
            byOriginal.put(crop.file(), crop.detectionId());
            known.add(crop.detectionId());
        }
        Map<Long, Set<String>> matched = new java.util.LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (LabelledImage image : labels.images()) {
            Optional<Long> id = CaseCrops.detectionOf(image.path().getFileName().toString()).filter(known::contains)
                    .or(() -> Optional.ofNullable(byOriginal.get(image.path())));
            if (id.isPresent()) {
                matched.put(id.get(), image.tokens());
            } else {
                unmatched.add(image.file());
            }
        }
        int corrections = store.inTransaction(c -> {
            int appended = 0;
            for (Map.Entry<Long, Set<String>> row : matched.entrySet()) {
                for (String token : schema.tokens()) {
                    LabelValue value = LabelValue.of(row.getValue().contains(token));
                    LabelValue inForce = LabelCorrections.latest(c, row.getKey(), token).map(Correction::value)
                            .orElse(LabelValue.UNSET);
                    if (inForce != value) {
                        LabelCorrections.append(c, row.getKey(), token, value, author, null);
                        appended++;
                    }
                }
            }
            return appended;
        });
        return new LabelImportSummary(labels.size(), matched.size(), corrections, unmatched);
    }
}
