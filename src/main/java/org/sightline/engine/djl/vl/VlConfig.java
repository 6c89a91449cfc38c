package org.sightline.engine.djl.vl;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything besides the weights that the model needs, saved as JSON beside them: sizes, the
 * standardisation of the frozen image features, the kept CLIP token ids (local id = index +
 * {@link TextVocabulary#RESERVED}) and the SHA-256 of the parameters file.
 */
record VlConfig(String modelId, int formatVersion, String paramsFile, String paramsSha256,
                int reidDimension, int colourDimension, float[] featureMean, float[] featureStd,
                int imageHidden, int embeddingDimension,
                int textWidth, int textLayers, int textHeads, int contextLength, int[] clipTokenIds,
                String trainedOn, long seed) {

    static final int FORMAT_VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    int featureDimension() {
        return reidDimension + colourDimension;
    }

    int vocabularySize() {
        return clipTokenIds.length + TextVocabulary.RESERVED;
    }

    VlConfig withParams(String file, String sha256) {
        return new VlConfig(modelId, formatVersion, file, sha256, reidDimension, colourDimension, featureMean, featureStd,
                imageHidden, embeddingDimension, textWidth, textLayers, textHeads, contextLength, clipTokenIds,
                trainedOn, seed);
    }

    void write(Path file) throws IOException {
        Files.writeString(file, GSON.toJson(this) + "\n", StandardCharsets.UTF_8);
    }

    static VlConfig read(Path file) throws IOException {
        VlConfig config;
        try {
            config = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), VlConfig.class);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a vision-language model config (" + e.getMessage() + ")", e);
        }
        if (config == null || config.formatVersion != FORMAT_VERSION || config.clipTokenIds == null
                || config.featureMean == null || config.featureStd == null || config.paramsFile == null) {
            throw new IOException(file + ": incomplete config or format version other than " + FORMAT_VERSION);
        }
        if (config.featureMean.length != config.featureDimension() || config.featureStd.length != config.featureDimension()) {
            throw new IOException(file + ": feature standardisation has " + config.featureMean.length
                    + " values, expected " + config.featureDimension());
        }
        return config;
    }
}
