package org.sightline.core.tuning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.core.attributes.Attribute;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.AttributeSchemaJson;
import org.sightline.core.attributes.labels.LabelFormatException;
import org.sightline.core.attributes.labels.LabelReadOptions;
import org.sightline.core.attributes.labels.LabelSet;
import org.sightline.core.attributes.labels.LabelledFolderTree;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.attributes.labels.LabelsCsv;

/**
 * Reads the labelled images prompt tuning learns from: a {@link LabelledFolderTree} (a folder) or a
 * labels CSV (a file), checked against the schema. Every image must exist and be non-empty (decoding
 * is checked when the crops are encoded), every token must be the schema's, and every attribute must
 * have positive and negative images, unless {@code skipEmpty} leaves such attributes out.
 */
public final class TuningInputs {

    private TuningInputs() {
    }

    /** {@code schema} may be null for a folder tree (its own schema.json is used); a CSV needs one. */
    public static TuningData read(Path folderOrCsv, AttributeSchema schema, boolean skipEmpty) throws IOException {
        LabelSet labels;
        AttributeSchema used = schema;
        if (Files.isDirectory(folderOrCsv)) {
            Path schemaFile = folderOrCsv.resolve(LabelledFolderTree.SCHEMA_FILE);
            if (used == null) {
                used = AttributeSchemaJson.read(schemaFile);
            } else if (Files.isRegularFile(schemaFile) && !AttributeSchemaJson.read(schemaFile).id().equals(used.id())) {
                throw new TuningInputException(folderOrCsv + ": the folder tree was written for schema '"
                        + AttributeSchemaJson.read(schemaFile).id() + "', not '" + used.id() + "'");
            }
            labels = LabelledFolderTree.read(folderOrCsv, used);
        } else if (Files.isRegularFile(folderOrCsv)) {
            if (used == null) {
                throw new TuningInputException(folderOrCsv + ": a labels CSV needs a schema (--schema)");
            }
            labels = LabelsCsv.read(folderOrCsv, LabelReadOptions.strict(used));
        } else {
            throw new TuningInputException(folderOrCsv + ": no such labelled folder or labels CSV");
        }
        if (labels.size() == 0) {
            throw new TuningInputException(folderOrCsv + ": no labelled images");
        }
        for (LabelledImage image : labels.images()) {
            if (!Files.isRegularFile(image.path()) || Files.size(image.path()) == 0) {
                throw new LabelFormatException(image.path().toString(), "image is missing or empty");
            }
        }
        return withAttributes(folderOrCsv, used, labels, skipEmpty);
    }

    private static TuningData withAttributes(Path source, AttributeSchema schema, LabelSet labels, boolean skipEmpty)
            throws TuningInputException {
        Map<String, Integer> counts = labels.tokenCounts();
        List<String> attributes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Attribute a : schema.attributes()) {
            int positives = counts.getOrDefault(a.token(), 0);
            String problem = positives == 0 ? "no positive images" : positives == labels.size() ? "no negative images" : null;
            if (problem == null) {
                attributes.add(a.token());
            } else {
                String where = Files.isDirectory(source)
                        ? " (folder " + LabelledFolderTree.positiveFolder(source, schema, a) + (positives == 0 ? " is empty)" : " holds every image)")
                        : "";
                (skipEmpty ? skipped : empty).add("'" + a.token() + "': " + problem + where);
            }
        }
        if (!empty.isEmpty()) {
            throw new TuningInputException(source + ": attributes with an empty class, which cannot be tuned: "
                    + String.join("; ", empty) + ". Add images or leave them out with --skip-empty");
        }
        if (attributes.isEmpty()) {
            throw new TuningInputException(source + ": no attribute of schema '" + schema.id() + "' has both positive and negative images");
        }
        return new TuningData(source.toString(), schema, attributes, labels, skipped);
    }
}
