package org.sightline.engine.djl.vl;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Returns freed native memory to the system with glibc's {@code malloc_trim(0)}: PyTorch training
 * under glibc malloc otherwise grows resident memory by hundreds of MB per step (see the project's
 * DJL notes). A no-op where glibc's function is absent (other C libraries, other systems).
 */
final class NativeMemory {

    private static final Optional<MethodHandle> MALLOC_TRIM = find();

    private NativeMemory() {
    }

    private static Optional<MethodHandle> find() {
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("malloc_trim").map(address -> linker.downcallHandle(address,
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG)));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    static void trim() {
        if (MALLOC_TRIM.isPresent()) {
            try {
                int ignored = (int) MALLOC_TRIM.get().invokeExact(0L);
            } catch (Throwable e) {
                // trimming is only an optimisation
            }
        }
    }
}
