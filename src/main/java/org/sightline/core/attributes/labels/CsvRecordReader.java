package org.sightline.core.attributes.labels;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records: comma-separated, fields optionally in double quotes (a quote inside doubled,
 * commas and line breaks allowed inside), lines ending in CRLF, LF or CR, an optional UTF-8 BOM.
 */
final class CsvRecordReader {
    private final Reader in;
    private final String source;
    private int line = 1;
    private int pushedBack = -2;
    private boolean started;

    CsvRecordReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The line on which the next record starts (1-based). */
    int line() {
        return line;
    }

    /** The next record's fields, or null at the end of input. */
    List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new LabelFormatException(source, startLine, "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peekNot('\n'))) {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',' ) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw new LabelFormatException(source, startLine,
                        "unexpected character '" + (char) c + "' after a closing quote in field " + (fields.size() + 1));
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private boolean peekNot(char expected) throws IOException {
        int d = read();
        unread(d);
        return d != expected;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
