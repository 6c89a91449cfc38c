package org.sightline.ui.tuning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The "UI thread" of a ViewModel test: tasks queue here and the test runs them, as the FX thread would. */
final class UiQueue implements Executor {

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs queued tasks until {@code done} holds; fails after 10 s. */
    void drainUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Runnable task = tasks.poll(50, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
        }
        assertTrue(done.getAsBoolean(), "timed out");
    }
}
