package org.sightline.engine.djl.vl;

/**
 * The model shipped in {@code models/sightline-pedvl/}: its id and the SHA-256s of its two files
 * (the same values as its catalog entry and model card). {@code config.json} names the parameters'
 * hash too, so checking the config's hash pins both.
 */
public final class ShippedPedVl {

    public static final String MODEL_ID = VlTrainingRun.MODEL_ID;
    public static final String FOLDER = "sightline-pedvl";
    public static final String CONFIG_SHA256 = "9161f44ef8111a59ebe21504c89a9fa5607f4e922431a16d0826c338a1ca12c6";
    public static final String PARAMS_SHA256 = "fceefad9441d1bf5ae9bd0fae31d6d4a7fdd3cc04a564a170cd7e518a7d295e5";

    private ShippedPedVl() {
    }
}
