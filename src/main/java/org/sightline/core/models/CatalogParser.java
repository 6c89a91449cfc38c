package org.sightline.core.models;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads models/catalog.json into entries, rejecting anything malformed with the entry and field named. */
final class CatalogParser {
    static final int FORMAT_VERSION = 1;

    private final String sourceName;

    CatalogParser(String sourceName) {
        this.sourceName = sourceName;
    }

    List<ModelEntry> parse(Reader reader) {
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new ModelCatalogException(sourceName + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject()) {
            throw new ModelCatalogException(sourceName + ": expected a JSON object at the top level");
        }
        JsonObject object = root.getAsJsonObject();
        JsonFields top = new JsonFields(object, sourceName);
        long version = top.requiredLong("formatVersion");
        if (version != FORMAT_VERSION) {
            throw new ModelCatalogException(sourceName + ": formatVersion " + version
                    + " is not supported (this version of Sightline reads " + FORMAT_VERSION + ")");
        }
        JsonArray models = top.requiredArray("models");
        if (models.isEmpty()) {
            throw new ModelCatalogException(sourceName + ": \"models\" is empty");
        }
        List<ModelEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, ModelFile> filesByPath = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            ModelEntry entry = new EntryParser(sourceName, i, models.get(i)).parse();
            if (!ids.add(entry.id())) {
                throw new ModelCatalogException(sourceName + ": models[" + i + "]: id '" + entry.id()
                        + "' is used by an earlier entry");
            }
            for (ModelFile file : entry.files()) {
                ModelFile earlier = filesByPath.putIfAbsent(file.path(), file);
                if (earlier != null && !earlier.sha256().equals(file.sha256())) {
                    throw new ModelCatalogException(sourceName + ": model '" + entry.id() + "': file '"
                            + file.path() + "' is listed earlier with a different SHA-256");
                }
            }
            entries.add(entry);
        }
        return entries;
    }
}
