package org.sightline.core.vl.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A captions file for retrieval evaluation: a header with at least {@code file}, {@code person_id}
 * and {@code caption} (more columns allowed), one caption per line, fields optionally in double
 * quotes (a quote inside doubled). Image paths are relative to the file's folder.
 */
public final class CaptionsCsv {

    /** One caption of a crop. */
    public record Row(Path image, String personId, String caption) {
    }

    private CaptionsCsv() {
    }

    public static List<Row> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(csv + ": empty; expected a header with file, person_id and caption");
        }
        List<String> header = fields(lines.getFirst().replace("\uFEFF", ""), csv, 1);
        int file = header.indexOf("file");
        int person = header.indexOf("person_id");
        int caption = header.indexOf("caption");
        if (file < 0 || person < 0 || caption < 0) {
            throw new IOException(csv + ": the header needs columns file, person_id and caption; it has " + header);
        }
        Path folder = csv.toAbsolutePath().getParent();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = fields(lines.get(i), csv, i + 1);
            if (f.size() != header.size()) {
                throw new IOException(csv + " line " + (i + 1) + ": " + f.size() + " fields, the header has " + header.size());
            }
            if (f.get(caption).isBlank() || f.get(file).isBlank()) {
                throw new IOException(csv + " line " + (i + 1) + ": empty file or caption");
            }
            rows.add(new Row(folder.resolve(f.get(file)).normalize(), f.get(person).strip(), f.get(caption).strip()));
        }
        return rows;
    }

    static List<String> fields(String line, Path csv, int lineNumber) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IOException(csv + " line " + lineNumber + ": a quoted field is not closed");
        }
        out.add(field.toString());
        return out;
    }
}
