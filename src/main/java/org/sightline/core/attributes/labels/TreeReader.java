package org.sightline.core.attributes.labels;

import org.sightline.core.attributes.Attribute;
import org.sightline.core.attributes.AttributeSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a {@link LabelledFolderTree}; every folder must be one the schema expects. */
final class TreeReader {
    private final Path root;
    private final AttributeSchema schema;
    private final Map<String, Path> firstPath = new TreeMap<>();
    private final Map<String, Set<String>> tokens = new TreeMap<>();

    TreeReader(Path root, AttributeSchema schema) {
        this.root = root.toAbsolutePath().normalize();
        this.schema = schema;
    }

    LabelSet read() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new LabelFormatException(root.toString(), "labelled folder tree not found");
        }
        checkTopFolders();
        for (Attribute a : schema.attributes()) {
            Path positive = LabelledFolderTree.positiveFolder(root, schema, a);
            for (String name : imagesIn(positive)) {
                tokens.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(a.token());
                firstPath.putIfAbsent(name, positive.resolve(name));
            }
            if (!schema.groupOf(a).exclusive()) {
                Path negative = root.resolve(a.token()).resolve(LabelledFolderTree.NO);
                for (String name : imagesIn(negative)) {
                    if (tokens.getOrDefault(name, Set.of()).contains(a.token())) {
                        throw new LabelFormatException(negative.resolve(name).toString(),
                                "image is in both " + LabelledFolderTree.YES + " and " + LabelledFolderTree.NO);
                    }
                    tokens.computeIfAbsent(name, n -> new LinkedHashSet<>());
                    firstPath.putIfAbsent(name, negative.resolve(name));
                }
            }
        }
        List<LabelledImage> images = new ArrayList<>();
        for (Map.Entry<String, Path> e : firstPath.entrySet()) {
            String file = root.relativize(e.getValue()).toString().replace('\\', '/');
            images.add(new LabelledImage(file, e.getValue(), tokens.get(e.getKey()), Map.of()));
        }
        return new LabelSet(root, List.of(LabelSet.FILE, LabelSet.ATTRIBUTES), images);
    }

    private void checkTopFolders() throws IOException {
        Set<String> expected = new HashSet<>();
        for (Attribute a : schema.attributes()) {
            expected.add(schema.groupOf(a).exclusive() ? a.group() : a.token());
        }
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.filter(Files::isDirectory).toList()) {
                String name = p.getFileName().toString();
                if (!expected.contains(name) && !name.startsWith(".")) {
                    throw new LabelFormatException(p.toString(),
                            "folder is neither an attribute nor an exclusive group of schema '" + schema.id() + "'");
                }
            }
        }
    }

    private static List<String> imagesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new LabelFormatException(folder.toString(), "expected folder is missing");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
