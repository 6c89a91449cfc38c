package org.sightline.core.attributes.labels;

import org.sightline.core.config.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Formats a {@link LabelSet} as CSV; see {@link LabelsCsv#write}. */
final class LabelsCsvWriter {
    private static final String EOL = "\r\n";

    private LabelsCsvWriter() {
    }

    static void write(LabelSet labels, Path csv) throws IOException {
        Path base = csv.toAbsolutePath().normalize().getParent();
        StringBuilder sb = new StringBuilder();
        appendRow(sb, labels.columns());
        for (LabelledImage image : labels.images()) {
            List<String> row = labels.columns().stream().map(column -> switch (column) {
                case LabelSet.FILE -> relativeFile(base, image.path());
                case LabelSet.ATTRIBUTES -> String.join(" ", image.tokens());
                default -> image.extra().getOrDefault(column, "");
            }).toList();
            appendRow(sb, row);
        }
        AtomicFiles.writeString(csv, sb.toString());
    }

    static String relativeFile(Path base, Path image) {
        Path absolute = image.toAbsolutePath().normalize();
        if (base != null && absolute.getRoot() != null && absolute.getRoot().equals(base.getRoot())) {
            return base.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    private static void appendRow(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quoteIfNeeded(fields.get(i)));
        }
        sb.append(EOL);
    }

    static String quoteIfNeeded(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && field.strip().length() != field.length());
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
