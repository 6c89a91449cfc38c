package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;

/** A CLIP image tower (ViT or modified ResNet): normalised images in, unnormalised features out. */
public interface ImageTower {

    int imageResolution();

    int embedDim();

    /** Features (batch, embedDim) of images (batch, 3, resolution, resolution). */
    NDArray encode(NDArray images);
}
