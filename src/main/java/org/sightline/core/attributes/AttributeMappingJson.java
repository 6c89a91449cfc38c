package org.sightline.core.attributes;

import org.sightline.core.config.AtomicFiles;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes mappings as JSON:
 * {@code {"id", "name", "outputs": [...], "rules": [{"output", "token", "negate"?, "note"?}]}}.
 */
public final class AttributeMappingJson {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private AttributeMappingJson() {
    }

    public static AttributeMapping read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    public static AttributeMapping parse(Reader reader, String source) throws SchemaFormatException {
        MappingDto dto;
        try {
            dto = GSON.fromJson(reader, MappingDto.class);
        } catch (JsonParseException e) {
            throw new SchemaFormatException(source + ": not a valid mapping JSON: " + e.getMessage(), e);
        }
        if (dto == null || dto.id == null || dto.outputs == null || dto.rules == null) {
            throw new SchemaFormatException(source + ": a mapping needs \"id\", \"outputs\" and \"rules\"");
        }
        List<MappingRule> rules = new ArrayList<>();
        for (int i = 0; i < dto.rules.size(); i++) {
            RuleDto r = dto.rules.get(i);
            if (r == null || r.output == null || r.token == null) {
                throw new SchemaFormatException(source + ": rules[" + i + "]: missing \"output\" or \"token\"");
            }
            rules.add(new MappingRule(r.output, r.token, Boolean.TRUE.equals(r.negate), r.note));
        }
        try {
            return new AttributeMapping(dto.id, dto.name, dto.outputs, rules);
        } catch (IllegalArgumentException e) {
            throw new SchemaFormatException(source + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(AttributeMapping mapping) {
        MappingDto dto = new MappingDto();
        dto.id = mapping.id();
        dto.name = mapping.name();
        dto.outputs = mapping.outputs();
        dto.rules = new ArrayList<>();
        for (MappingRule rule : mapping.rules()) {
            RuleDto r = new RuleDto();
            r.output = rule.output();
            r.token = rule.token();
            r.negate = rule.negate() ? Boolean.TRUE : null;
            r.note = rule.note().isEmpty() ? null : rule.note();
            dto.rules.add(r);
        }
        return GSON.toJson(dto) + "\n";
    }

    public static void write(AttributeMapping mapping, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(mapping));
    }

    private static final class MappingDto {
        String id;
        String name;
        List<String> outputs;
        List<RuleDto> rules;
    }

    private static final class RuleDto {
        String output;
        String token;
        Boolean negate;
        String note;
    }
}
