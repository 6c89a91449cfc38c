package org.sightline.core.attributes.labels;

import org.sightline.core.attributes.Attribute;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.AttributeSchemaJson;
import org.sightline.core.jobs.JobContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Labels as a folder tree, the layout prompt tuning reads:
 * {@code <root>/<token>/yes|no/<image>} for each attribute of a non-exclusive group, and
 * {@code <root>/<group>/<token>/<image>} for each attribute of an exclusive group (an image with
 * none of the group's tokens is in none of its folders; one with two is in both).
 * The schema is saved as {@code <root>/schema.json}. Image names come from {@link ExportNames}.
 */
public final class LabelledFolderTree {
    public static final String SCHEMA_FILE = "schema.json";
    public static final String YES = "yes";
    public static final String NO = "no";

    private LabelledFolderTree() {
    }

    /** The folder an attribute's positive images go in. */
    public static Path positiveFolder(Path root, AttributeSchema schema, Attribute attribute) {
        return schema.groupOf(attribute).exclusive()
                ? root.resolve(attribute.group()).resolve(attribute.token())
                : root.resolve(attribute.token()).resolve(YES);
    }

    /**
     * Writes the tree into {@code root}, which must be new or empty so nothing is overwritten. Checks
     * every image exists and every name is unique before writing. {@code context} may be null.
     */
    public static FolderExportSummary export(LabelSet labels, AttributeSchema schema, Path root, LinkMode mode,
                                             JobContext context) throws IOException {
        Map<String, LabelledImage> byName = checkExportable(labels, root);
        Files.createDirectories(root);
        AttributeSchemaJson.write(schema, root.resolve(SCHEMA_FILE));
        for (Attribute a : schema.attributes()) {
            Files.createDirectories(positiveFolder(root, schema, a));
            if (!schema.groupOf(a).exclusive()) {
                Files.createDirectories(root.resolve(a.token()).resolve(NO));
            }
        }
        TreeWriter writer = new TreeWriter(mode);
        int done = 0;
        for (Map.Entry<String, LabelledImage> entry : byName.entrySet()) {
            if (context != null) {
                context.throwIfCancelled();
                context.progress(done, byName.size(), "exporting " + entry.getValue().file());
            }
            LabelledImage image = entry.getValue();
            for (Attribute a : schema.attributes()) {
                boolean positive = image.tokens().contains(a.token());
                if (positive) {
                    writer.place(image.path(), positiveFolder(root, schema, a).resolve(entry.getKey()));
                } else if (!schema.groupOf(a).exclusive()) {
                    writer.place(image.path(), root.resolve(a.token()).resolve(NO).resolve(entry.getKey()));
                }
            }
            done++;
        }
        if (context != null) {
            context.progress(done, byName.size(), "exported " + done + " images");
        }
        return new FolderExportSummary(byName.size(), writer.linked() + writer.copied(), writer.linked(), writer.copied());
    }

    /** Reads a tree written by {@link #export}, with the schema saved in it. */
    public static LabelSet read(Path root) throws IOException {
        Path schemaFile = root.resolve(SCHEMA_FILE);
        if (!Files.isRegularFile(schemaFile)) {
            throw new LabelFormatException(root.toString(), "no " + SCHEMA_FILE + " in this folder; pass the schema explicitly");
        }
        return read(root, AttributeSchemaJson.read(schemaFile));
    }

    /** Reads a labelled tree laid out for {@code schema}; the images' paths point into the tree. */
    public static LabelSet read(Path root, AttributeSchema schema) throws IOException {
        return new TreeReader(root, schema).read();
    }

    private static Map<String, LabelledImage> checkExportable(LabelSet labels, Path root) throws IOException {
        if (Files.exists(root)) {
            if (!Files.isDirectory(root)) {
                throw new LabelFormatException(root.toString(), "export target exists and is not a folder");
            }
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new LabelFormatException(root.toString(),
                            "export folder is not empty; choose a new or empty folder (nothing is overwritten)");
                }
            }
        }
        Map<String, LabelledImage> byName = new java.util.LinkedHashMap<>();
        Map<String, String> fileOfName = new HashMap<>();
        for (LabelledImage image : labels.images()) {
            if (!Files.isRegularFile(image.path())) {
                throw new LabelFormatException(image.file(), "image file not found: " + image.path());
            }
            String name = ExportNames.of(image.file());
            String other = fileOfName.putIfAbsent(name, image.file());
            if (other != null) {
                throw new LabelFormatException(image.file(),
                        "its export name '" + name + "' is also the name of '" + other + "'");
            }
            byName.put(name, image);
        }
        return byName;
    }
}
