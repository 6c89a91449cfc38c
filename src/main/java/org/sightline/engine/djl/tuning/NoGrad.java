package org.sightline.engine.djl.tuning;

import ai.djl.pytorch.jni.JniUtils;

/**
 * PyTorch's gradient recording off on this thread while open (as {@code torch.no_grad()}), then back as it
 * was. PyTorch keeps the mode per thread: the thread that loaded the engine has it off, any other thread
 * (a job runner's) starts with it on, and a closing {@code GradientCollector} restores the mode it found.
 * So an in-place update of a learned array must not rely on it being off.
 */
final class NoGrad implements AutoCloseable {

    private final boolean was;

    NoGrad() {
        was = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
    }

    @Override
    public void close() {
        JniUtils.setGradMode(was);
    }
}
