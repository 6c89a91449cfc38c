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
 * Reads and writes schemas as JSON:
 * {@code {"id", "name", "groups": [{"id", "label", "exclusive"}], "attributes": [{"token", "label", "group", "aliases"?}]}}.
 */
public final class AttributeSchemaJson {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private AttributeSchemaJson() {
    }

    public static AttributeSchema read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    /** Parses a schema; {@code source} (a file name) prefixes every error message. */
    public static AttributeSchema parse(Reader reader, String source) throws SchemaFormatException {
        SchemaDto dto;
        try {
            dto = GSON.fromJson(reader, SchemaDto.class);
        } catch (JsonParseException e) {
            throw new SchemaFormatException(source + ": not a valid schema JSON: " + e.getMessage(), e);
        }
        if (dto == null) {
            throw new SchemaFormatException(source + ": empty file, expected a schema JSON object");
        }
        List<String> problems = new ArrayList<>();
        List<AttributeGroup> groups = new ArrayList<>();
        List<GroupDto> groupDtos = dto.groups == null ? List.of() : dto.groups;
        for (int i = 0; i < groupDtos.size(); i++) {
            GroupDto g = groupDtos.get(i);
            if (g == null || g.id == null) {
                problems.add("groups[" + i + "]: missing \"id\"");
                continue;
            }
            groups.add(new AttributeGroup(g.id, g.label == null ? "" : g.label, Boolean.TRUE.equals(g.exclusive)));
        }
        List<Attribute> attributes = new ArrayList<>();
        List<AttributeDto> attributeDtos = dto.attributes == null ? List.of() : dto.attributes;
        for (int i = 0; i < attributeDtos.size(); i++) {
            AttributeDto a = attributeDtos.get(i);
            if (a == null || a.token == null || a.group == null) {
                problems.add("attributes[" + i + "]: missing \"token\" or \"group\"");
                continue;
            }
            if (a.aliases != null && a.aliases.contains(null)) {
                problems.add("attributes[" + i + "] (token '" + a.token + "'): an alias is null");
                continue;
            }
            attributes.add(new Attribute(a.token, a.label == null ? "" : a.label, a.group, a.aliases));
        }
        if (!problems.isEmpty()) {
            throw new SchemaFormatException(source + ": " + String.join("; ", problems));
        }
        try {
            return new AttributeSchema(dto.id, dto.name, groups, attributes);
        } catch (IllegalArgumentException e) {
            throw new SchemaFormatException(source + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(AttributeSchema schema) {
        SchemaDto dto = new SchemaDto();
        dto.id = schema.id();
        dto.name = schema.name();
        dto.groups = new ArrayList<>();
        for (AttributeGroup g : schema.groups()) {
            GroupDto gd = new GroupDto();
            gd.id = g.id();
            gd.label = g.label();
            gd.exclusive = g.exclusive();
            dto.groups.add(gd);
        }
        dto.attributes = new ArrayList<>();
        for (Attribute a : schema.attributes()) {
            AttributeDto ad = new AttributeDto();
            ad.token = a.token();
            ad.label = a.label();
            ad.group = a.group();
            ad.aliases = a.aliases().isEmpty() ? null : a.aliases();
            dto.attributes.add(ad);
        }
        return GSON.toJson(dto) + "\n";
    }

    /** Writes through a temporary file and a move, so an existing file is never left half-written. */
    public static void write(AttributeSchema schema, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(schema));
    }

    private static final class SchemaDto {
        String id;
        String name;
        List<GroupDto> groups;
        List<AttributeDto> attributes;
    }

    private static final class GroupDto {
        String id;
        String label;
        Boolean exclusive;
    }

    private static final class AttributeDto {
        String token;
        String label;
        String group;
        List<String> aliases;
    }
}
