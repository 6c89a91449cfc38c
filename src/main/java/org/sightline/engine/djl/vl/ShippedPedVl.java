package org.sightline.engine.djl.vl;

/**
 * The model shipped in {@code models/sightline-pedvl/}: its id and the SHA-256s of its two files
 * (the same values as its catalog entry and model card). {@code config.json} names the parameters'
 * hash too, so checking the config's hash pins both.
 */
public final class ShippedPedVl {

    public static final String MODEL_ID = VlTrainingRun.MODEL_ID;
    public static final String FOLDER = "sightline-pedvl";
    public static final String CONFIG_SHA256 = "TBD";
    public static final String PARAMS_SHA256 = "TBD";

    private ShippedPedVl() {
    }
}
