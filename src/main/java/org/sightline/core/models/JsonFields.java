package org.sightline.core.models;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Optional;

/** Typed access to one JSON object's fields; every failure names {@code where} and the field. */
final class JsonFields {
    private final JsonObject object;
    private final String where;

    JsonFields(JsonObject object, String where) {
        this.object = object;
        this.where = where;
    }

    String where() {
        return where;
    }

    ModelCatalogException error(String field, String problem) {
        return new ModelCatalogException(where + ": \"" + field + "\" " + problem);
    }

    boolean isPresent(String field) {
        JsonElement value = object.get(field);
        return value != null && !value.isJsonNull();
    }

    String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> error(field, "is missing"));
    }

    Optional<String> optionalString(String field) {
        if (!isPresent(field)) {
            return Optional.empty();
        }
        JsonElement value = object.get(field);
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
            throw error(field, "must be a string, was " + value);
        }
        String text = primitive.getAsString();
        if (text.isBlank()) {
            throw error(field, "is blank");
        }
        return Optional.of(text);
    }

    long requiredLong(String field) {
        if (!isPresent(field)) {
            throw error(field, "is missing");
        }
        return asLong(field, object.get(field));
    }

    long asLong(String field, JsonElement value) {
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
            throw error(field, "must be a whole number, was " + value);
        }
        try {
            return primitive.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException e) {
            throw error(field, "must be a whole number, was " + value);
        }
    }

    double requiredDouble(String field) {
        if (!isPresent(field)) {
            throw error(field, "is missing");
        }
        return asDouble(field, object.get(field));
    }

    double asDouble(String field, JsonElement value) {
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
            throw error(field, "must be a number, was " + value);
        }
        return primitive.getAsDouble();
    }

    JsonArray requiredArray(String field) {
        return optionalArray(field).orElseThrow(() -> error(field, "is missing"));
    }

    Optional<JsonArray> optionalArray(String field) {
        if (!isPresent(field)) {
            return Optional.empty();
        }
        JsonElement value = object.get(field);
        if (!value.isJsonArray()) {
            throw error(field, "must be a list, was " + value);
        }
        return Optional.of(value.getAsJsonArray());
    }

    Optional<JsonFields> optionalObject(String field) {
        if (!isPresent(field)) {
            return Optional.empty();
        }
        JsonElement value = object.get(field);
        if (!value.isJsonObject()) {
            throw error(field, "must be an object, was " + value);
        }
        return Optional.of(new JsonFields(value.getAsJsonObject(), where + " " + field));
    }

    JsonFields requiredObject(String field) {
        return optionalObject(field).orElseThrow(() -> error(field, "is missing"));
    }
}
