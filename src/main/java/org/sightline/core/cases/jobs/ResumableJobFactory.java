package org.sightline.core.cases.jobs;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.util.function.Function;

/** Recreates a saved job of one kind from its JSON parameters. */
public interface ResumableJobFactory {

    String kind();

    ResumableJob fromParams(String params);

    /**
     * A factory for jobs whose parameters are one JSON record: the saved text is read as {@code type}
     * and handed to {@code build}. Malformed or incomplete parameters fail with a message naming the
     * job ({@code what}, e.g. "gallery import") and the saved text.
     */
    static <P> ResumableJobFactory ofJson(String kind, String what, Class<P> type, Function<P, ResumableJob> build) {
        Gson gson = new Gson();
        return new ResumableJobFactory() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public ResumableJob fromParams(String json) {
                try {
                    return build.apply(gson.fromJson(json, type));
                } catch (JsonParseException | NullPointerException e) {
                    throw new IllegalArgumentException("Bad " + what + " parameters " + json + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
