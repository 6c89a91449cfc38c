package org.sightline.engine.ffmpeg;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;

/**
 * FFmpeg's log, routed through Java. FFmpeg's demuxers do not fail on a truncated or damaged file:
 * they log "Packet corrupt" or an error and go on, or stop as if the file had ended. This callback
 * hands such messages about a watched demuxer to its source. Messages name their context as
 * "[avi @ 0x55d0...]"; that address tells which source they concern. Only errors are printed
 * (to stderr): FFmpeg's per-file stream summary and warnings are not.
 */
final class FfmpegDamageLog extends LogCallback {

    private static final Pattern CONTEXT_ADDRESS = Pattern.compile("@ 0x([0-9a-fA-F]+)\\]");
    private static final Map<Long, Consumer<String>> WATCHED = new ConcurrentHashMap<>();
    private static FfmpegDamageLog installed;

    private FfmpegDamageLog() {
    }

    /** Routes FFmpeg's log here; warnings must reach the callback, so the level is at least WARNING. */
    static synchronized void install() {
        if (installed == null) {
            installed = new FfmpegDamageLog();
            avutil.setLogCallback(installed);
            avutil.av_log_set_level(avutil.AV_LOG_WARNING);
        }
    }

    /** Reports damage messages about {@code formatContext} until the returned handle is closed. */
    static AutoCloseable watch(Pointer formatContext, Consumer<String> listener) {
        install();
        long address = formatContext.address();
        WATCHED.put(address, listener);
        return () -> WATCHED.remove(address);
    }

    @Override
    public void call(int level, BytePointer message) {
        try {
            String text = message.getString().strip();
            if (level <= avutil.AV_LOG_ERROR) {
                System.err.println(text);
            }
            if (level <= avutil.AV_LOG_ERROR || text.contains("Packet corrupt")) {
                Consumer<String> listener = listenerFor(text);
                if (listener != null) {
                    listener.accept(text);
                }
            }
        } catch (RuntimeException | Error e) {
            // Never let an exception unwind into FFmpeg's native code.
        }
    }

    private static Consumer<String> listenerFor(String text) {
        Matcher address = CONTEXT_ADDRESS.matcher(text);
        return address.find() ? WATCHED.get(Long.parseUnsignedLong(address.group(1), 16)) : null;
    }
}
