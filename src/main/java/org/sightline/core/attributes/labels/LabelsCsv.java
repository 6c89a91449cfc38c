package org.sightline.core.attributes.labels;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a labels CSV: a header row naming at least {@code file} (image path, relative to the CSV's
 * folder) and {@code attributes} (space-separated positive tokens), in any order; other columns are
 * kept as they are. Blank lines are skipped; each problem names the file and line.
 */
public final class LabelsCsv {

    private LabelsCsv() {
    }

    public static LabelSet read(Path csv, LabelReadOptions options) throws IOException {
        Path base = csv.toAbsolutePath().getParent();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, csv.toString(), base, options);
        }
    }

    /** Reads from {@code reader}; {@code source} names it in errors, {@code baseDir} resolves the files. */
    public static LabelSet read(Reader reader, String source, Path baseDir, LabelReadOptions options) throws IOException {
        CsvRecordReader csv = new CsvRecordReader(reader, source);
        List<String> header = csv.next();
        if (header == null) {
            throw new LabelFormatException(source, 1, "empty file, expected a header with 'file' and 'attributes'");
        }
        header = header.stream().map(String::trim).toList();
        int fileCol = requireColumn(header, LabelSet.FILE, source);
        int attrCol = requireColumn(header, LabelSet.ATTRIBUTES, source);
        if (Map.copyOf(indexes(header)).size() != header.size()) {
            throw new LabelFormatException(source, 1, "the header names a column twice: " + header);
        }
        TokenParser tokens = new TokenParser(options, source);
        List<LabelledImage> images = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        while (true) {
            int line = csv.line();
            List<String> row = csv.next();
            if (row == null) {
                break;
            }
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new LabelFormatException(source, line,
                        "expected " + header.size() + " fields " + header + ", found " + row.size());
            }
            String file = row.get(fileCol).trim().replace('\\', '/');
            if (file.isEmpty()) {
                throw new LabelFormatException(source, line, "empty 'file'");
            }
            Integer earlier = firstLine.putIfAbsent(file, line);
            if (earlier != null) {
                throw new LabelFormatException(source, line, "file '" + file + "' is already labelled on line " + earlier);
            }
            Path path = baseDir.resolve(file).toAbsolutePath().normalize();
            if (options.requireImageFiles() && !Files.isRegularFile(path)) {
                throw new LabelFormatException(source, line, "image file not found: " + path);
            }
            Map<String, String> extra = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (i != fileCol && i != attrCol) {
                    extra.put(header.get(i), row.get(i));
                }
            }
            images.add(new LabelledImage(file, path, tokens.parse(row.get(attrCol), line), extra));
        }
        return new LabelSet(baseDir.toAbsolutePath().normalize(), header, images);
    }

    /**
     * Writes {@code labels} as CSV (CRLF line ends, as RFC 4180 and the PETA files have), through a
     * temporary file, with image paths relative to the CSV's folder where they can be.
     */
    public static void write(LabelSet labels, Path csv) throws IOException {
        LabelsCsvWriter.write(labels, csv);
    }

    private static int requireColumn(List<String> header, String name, String source) throws LabelFormatException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new LabelFormatException(source, 1, "missing column '" + name + "' in header " + header);
        }
        return index;
    }

    private static Map<String, Integer> indexes(List<String> header) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), i);
        }
        return map;
    }
}
