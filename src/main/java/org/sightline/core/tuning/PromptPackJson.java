package org.sightline.core.tuning;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;

/**
 * A prompt pack as one small JSON file: format and version, base model id and SHA-256, schema id,
 * prompt vectors as base64 of little-endian float32, image region prompts (version 2, when the pack has
 * them: regions in order, vectors per region, width, values), heads (token, sentences, scale, offset),
 * facts. Reads versions 1 (no image prompts) and 2. Written through a temporary file so an existing pack is never left half-written.
 */
public final class PromptPackJson {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private PromptPackJson() {
    }

    public static void write(PromptPack pack, Path file) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", PromptPack.FORMAT);
        root.addProperty("version", PromptPack.VERSION);
        JsonObject base = new JsonObject();
        base.addProperty("modelId", pack.base().modelId());
        base.addProperty("sha256", pack.base().sha256());
        root.add("baseModel", base);
        root.addProperty("schemaId", pack.schemaId());
        JsonObject prompts = new JsonObject();
        prompts.addProperty("count", pack.prompts().count());
        prompts.addProperty("width", pack.prompts().width());
        prompts.addProperty("float32LittleEndianBase64", encode(pack.prompts().values()));
        root.add("prompts", prompts);
        if (!pack.imagePrompts().isEmpty()) {
            root.add("imagePrompts", imagePrompts(pack.imagePrompts()));
        }
        JsonArray heads = new JsonArray();
        for (AttributeHead h : pack.heads()) {
            JsonObject o = new JsonObject();
            o.addProperty("token", h.token());
            o.addProperty("positive", h.positive());
            o.addProperty("negative", h.negative());
            o.addProperty("scale", h.scale());
            o.addProperty("offset", h.offset());
            heads.add(o);
        }
        root.add("heads", heads);
        root.add("facts", GSON.toJsonTree(new TreeMap<>(pack.facts())));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".pack", ".tmp");
        try {
            Files.writeString(temp, GSON.toJson(root), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static PromptPack read(Path file) throws IOException {
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!root.has("format") || !PromptPack.FORMAT.equals(root.get("format").getAsString())) {
                throw new IOException(file + ": not a Sightline prompt pack (no format '" + PromptPack.FORMAT + "')");
            }
            int version = root.get("version").getAsInt();
            if (version < 1 || version > PromptPack.VERSION) {
                throw new IOException(file + ": prompt pack version " + version + " is not supported (this version reads 1 to "
                        + PromptPack.VERSION + ")");
            }
            JsonObject base = root.getAsJsonObject("baseModel");
            JsonObject p = root.getAsJsonObject("prompts");
            float[] values = decode(p.get("float32LittleEndianBase64").getAsString());
            TextPrompts prompts = new TextPrompts(p.get("count").getAsInt(), p.get("width").getAsInt(), values);
            List<AttributeHead> heads = new ArrayList<>();
            for (JsonElement e : root.getAsJsonArray("heads")) {
                JsonObject h = e.getAsJsonObject();
                heads.add(new AttributeHead(h.get("token").getAsString(), h.get("positive").getAsString(),
                        h.get("negative").getAsString(), h.get("scale").getAsFloat(), h.get("offset").getAsFloat()));
            }
            Map<String, String> facts = new TreeMap<>();
            if (root.has("facts")) {
                root.getAsJsonObject("facts").entrySet().forEach(en -> facts.put(en.getKey(), en.getValue().getAsString()));
            }
            ImagePrompts image = version >= 2 && root.has("imagePrompts")
                    ? imagePrompts(root.getAsJsonObject("imagePrompts"), file) : ImagePrompts.NONE;
            return new PromptPack(new ModelIdentity(base.get("modelId").getAsString(), base.get("sha256").getAsString()),
                    root.get("schemaId").getAsString(), prompts, image, heads, facts);
        } catch (JsonParseException | IllegalStateException | NullPointerException | IllegalArgumentException
                 | UnsupportedOperationException e) {
            throw new IOException(file + ": malformed prompt pack (" + e.getMessage() + ")", e);
        }
    }

    private static JsonObject imagePrompts(ImagePrompts prompts) {
        JsonObject o = new JsonObject();
        JsonArray regions = new JsonArray();
        ImagePrompts.REGIONS.forEach(regions::add);
        o.add("regions", regions);
        o.addProperty("perRegion", prompts.perRegion());
        o.addProperty("width", prompts.width());
        o.addProperty("float32LittleEndianBase64", encode(prompts.values()));
        return o;
    }

    private static ImagePrompts imagePrompts(JsonObject o, Path file) throws IOException {
        List<String> regions = new ArrayList<>();
        o.getAsJsonArray("regions").forEach(r -> regions.add(r.getAsString()));
        if (!regions.equals(ImagePrompts.REGIONS)) {
            throw new IOException(file + ": image prompts for regions " + regions + ", this version knows " + ImagePrompts.REGIONS);
        }
        return new ImagePrompts(o.get("perRegion").getAsInt(), o.get("width").getAsInt(),
                decode(o.get("float32LittleEndianBase64").getAsString()));
    }

    static String encode(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    static float[] decode(String base64) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[buffer.remaining() / 4];
        buffer.asFloatBuffer().get(values);
        return values;
    }
}
