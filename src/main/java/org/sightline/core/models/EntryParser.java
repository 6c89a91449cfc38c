package org.sightline.core.models;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Parses and checks one entry of the catalog's "models" list. */
final class EntryParser {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final String sourceName;
    private final int index;
    private final JsonElement element;

    EntryParser(String sourceName, int index, JsonElement element) {
        this.sourceName = sourceName;
        this.index = index;
        this.element = element;
    }

    ModelEntry parse() {
        String position = sourceName + ": models[" + index + "]";
        if (!element.isJsonObject()) {
            throw new ModelCatalogException(position + ": expected an object, was " + element);
        }
        JsonFields unnamed = new JsonFields(element.getAsJsonObject(), position);
        String id = unnamed.requiredString("id");
        if (!ID.matcher(id).matches()) {
            throw unnamed.error("id", "must be lowercase letters, digits, '.' and '-', was '" + id + "'");
        }
        JsonFields fields = new JsonFields(element.getAsJsonObject(), position + " (model '" + id + "')");
        String roleName = fields.requiredString("role");
        ModelRole role = ModelRole.fromJsonName(roleName)
                .orElseThrow(() -> fields.error("role", "is unknown: '" + roleName + "'"));
        String engineName = fields.requiredString("engine");
        ModelEngine engine = ModelEngine.fromJsonName(engineName)
                .orElseThrow(() -> fields.error("engine", "is unknown: '" + engineName + "'"));
        TaskFacts task = new TaskFactsParser(fields.requiredObject("task"), engine).parse();
        return new ModelEntry(id, fields.requiredString("name"), role, engine, task,
                fields.requiredString("licence"), fields.requiredString("source"), files(fields));
    }

    private static List<ModelFile> files(JsonFields fields) {
        JsonArray array = fields.requiredArray("files");
        if (array.isEmpty()) {
            throw fields.error("files", "is empty");
        }
        List<ModelFile> files = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement item = array.get(i);
            if (!item.isJsonObject()) {
                throw fields.error("files[" + i + "]", "must be an object, was " + item);
            }
            files.add(file(new JsonFields(item.getAsJsonObject(), fields.where() + " files[" + i + "]")));
        }
        return files;
    }

    private static ModelFile file(JsonFields fields) {
        String path = fields.requiredString("path");
        checkRelativePath(fields, path);
        String sha256 = fields.requiredString("sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw fields.error("sha256", "must be 64 lowercase hex digits, was '" + sha256 + "'");
        }
        OptionalLong size = OptionalLong.empty();
        if (fields.isPresent("size")) {
            long bytes = fields.requiredLong("size");
            if (bytes <= 0) {
                throw fields.error("size", "must be a positive number of bytes or null, was " + bytes);
            }
            size = OptionalLong.of(bytes);
        }
        Optional<URI> url = fields.optionalString("url").map(text -> downloadUri(fields, text));
        return new ModelFile(path, sha256, size, url);
    }

    private static void checkRelativePath(JsonFields fields, String path) {
        if (path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw fields.error("path", "must be relative with '/' separators, was '" + path + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw fields.error("path", "has an empty, '.' or '..' segment: '" + path + "'");
            }
        }
    }

    private static URI downloadUri(JsonFields fields, String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme) || uri.getHost() == null) {
                throw fields.error("url", "must be an http(s) address, was '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw fields.error("url", "is not a valid address: " + e.getMessage());
        }
    }

    /** Task facts; image models (any engine but NONE) must give shape, colour order, normalisation, outputs. */
    private record TaskFactsParser(JsonFields fields, ModelEngine engine) {
        TaskFacts parse() {
            List<Integer> shape = new ArrayList<>();
            for (JsonElement dim : fields.optionalArray("inputShape").orElseGet(JsonArray::new)) {
                long value = fields.asLong("inputShape", dim);
                if (value <= 0 || value > Integer.MAX_VALUE) {
                    throw fields.error("inputShape", "must hold positive sizes, has " + value);
                }
                shape.add((int) value);
            }
            Optional<String> colour = fields.optionalString("colourOrder");
            colour.filter(order -> !order.equals("RGB") && !order.equals("BGR")).ifPresent(order -> {
                throw fields.error("colourOrder", "must be RGB or BGR, was '" + order + "'");
            });
            Optional<Normalisation> normalisation =
                    fields.optionalObject("normalisation").map(TaskFactsParser::normalisation);
            List<String> outputs = new ArrayList<>();
            for (JsonElement output : fields.optionalArray("outputs").orElseGet(JsonArray::new)) {
                if (!(output instanceof JsonPrimitive primitive) || !primitive.isString()) {
                    throw fields.error("outputs", "must be a list of strings, has " + output);
                }
                outputs.add(primitive.getAsString());
            }
            OptionalInt embedding = OptionalInt.empty();
            if (fields.isPresent("embeddingSize")) {
                long size = fields.requiredLong("embeddingSize");
                if (size <= 0 || size > Integer.MAX_VALUE) {
                    throw fields.error("embeddingSize", "must be a positive whole number, was " + size);
                }
                embedding = OptionalInt.of((int) size);
            }
            Optional<DetectorDecoder> decoder = fields.optionalString("decoder").map(name ->
                    DetectorDecoder.fromJsonName(name).orElseThrow(() -> fields.error("decoder",
                            "is unknown: '" + name + "' (known: " + DetectorDecoder.names() + ")")));
            if (engine != ModelEngine.NONE) {
                requireImageFacts(shape, colour, normalisation, outputs);
            }
            return new TaskFacts(shape, colour, normalisation, fields.optionalString("resize"), outputs,
                    embedding, fields.optionalString("notes"), decoder);
        }

        private void requireImageFacts(List<Integer> shape, Optional<String> colour,
                                       Optional<Normalisation> normalisation, List<String> outputs) {
            if (shape.size() != 4) {
                throw fields.error("inputShape", "must be [N, C, H, W] for an " + engine.jsonName()
                        + " model, was " + shape);
            }
            if (colour.isEmpty()) {
                throw fields.error("colourOrder", "is missing");
            }
            if (normalisation.isEmpty()) {
                throw fields.error("normalisation", "is missing");
            }
            if (outputs.isEmpty()) {
                throw fields.error("outputs", "is missing or empty");
            }
        }

        private static Normalisation normalisation(JsonFields fields) {
            double divideBy = fields.requiredDouble("divideBy");
            if (!(divideBy > 0)) {
                throw fields.error("divideBy", "must be positive, was " + divideBy);
            }
            List<Double> mean = triple(fields, "mean", false);
            List<Double> std = triple(fields, "std", true);
            return new Normalisation(divideBy, mean, std);
        }

        private static List<Double> triple(JsonFields fields, String field, boolean nonZero) {
            JsonArray array = fields.requiredArray(field);
            if (array.size() != 3) {
                throw fields.error(field, "must hold 3 values (one per channel), has " + array.size());
            }
            List<Double> values = new ArrayList<>();
            for (JsonElement item : array) {
                double value = fields.asDouble(field, item);
                if (nonZero && value == 0) {
                    throw fields.error(field, "must not hold 0 (it divides)");
                }
                values.add(value);
            }
            return values;
        }
    }
}
