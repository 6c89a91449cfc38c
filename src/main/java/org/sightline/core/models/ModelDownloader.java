package org.sightline.core.models;

import org.sightline.core.config.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobContext;

/**
 * Downloads a model's files into the user's models folder when the user asks. Bytes go to
 * {@code <file>.part}; an existing .part is resumed with an HTTP Range request. The finished file must
 * match the catalog's size and SHA-256 before it is moved into place atomically; a mismatching download
 * is deleted. Cancelling or a dropped connection keeps the .part for the next attempt.
 */
public final class ModelDownloader {
    private static final int BUFFER_BYTES = 1 << 16;

    private final ModelStore store;
    private final HttpClient client;

    public ModelDownloader(ModelStore store, HttpClient client) {
        this.store = store;
        this.client = client;
    }

    public static ModelDownloader withDefaultClient(ModelStore store) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return new ModelDownloader(store, client);
    }

    /** The download as a job for the job runner (progress in bytes, cancellable). */
    public Job<ResolvedModel> job(String modelId) {
        return context -> download(modelId, context);
    }

    /** Downloads every file of the model that has no verified copy yet, then resolves the model. */
    public ResolvedModel download(String modelId, JobContext context) throws IOException {
        ModelEntry entry = store.catalog().require(modelId);
        List<ModelFile> needed = new ArrayList<>();
        for (ModelFile file : entry.files()) {
            if (!store.status(entry, file).state().isUsable()) {
                needed.add(file);
            }
        }
        for (int i = 0; i < needed.size(); i++) {
            context.throwIfCancelled();
            String label = needed.size() == 1 ? needed.get(i).fileName()
                    : needed.get(i).fileName() + " (file " + (i + 1) + " of " + needed.size() + ")";
            downloadFile(entry, needed.get(i), label, context);
        }
        return store.resolve(modelId);
    }

    /** Downloads one file to its place in the user's models folder and returns that path. */
    public Path downloadFile(ModelEntry entry, ModelFile file, String label, JobContext context) throws IOException {
        URI url = file.url().orElseThrow(() -> new ModelMissingException(entry.id(), "Model '" + entry.id()
                + "': file " + file.path() + " has no download address; copy it to " + store.userPath(file)));
        Path target = store.userPath(file);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.getParent());
        long expected = file.size().orElse(-1);
        long offset = Files.exists(part) ? Files.size(part) : 0;
        if (expected > 0 && offset > expected) {
            Files.delete(part);
            offset = 0;
        }
        if (expected < 0 || offset < expected) {
            transfer(url, part, offset, expected, label, context);
        }
        verifyAndMove(file, url, part, target);
        return target;
    }

    private void transfer(URI url, Path part, long offset, long expected, String label, JobContext context)
            throws IOException {
        HttpResponse<InputStream> response = send(url, offset);
        int code = response.statusCode();
        if (offset > 0 && (code == 416 || code == 206 && contentRangeStart(response) != offset)) {
            response.body().close();
            Files.deleteIfExists(part);
            offset = 0;
            response = send(url, 0);
            code = response.statusCode();
        }
        if (code == 200) {
            offset = 0;
        } else if (code != 206) {
            response.body().close();
            throw new IOException("Download of " + url + " failed: the server answered HTTP " + code);
        }
        long total = expected;
        if (total < 0) {
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            total = length < 0 ? -1 : length + (code == 206 ? offset : 0);
        }
        copy(response.body(), url, part, offset, expected, total, label, context);
    }

    private HttpResponse<InputStream> send(URI url, long offset) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(Duration.ofSeconds(60));
        if (offset > 0) {
            request.header("Range", "bytes=" + offset + "-");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Download of " + url + " was interrupted", e);
        }
    }

    private static long contentRangeStart(HttpResponse<?> response) {
        String range = response.headers().firstValue("Content-Range").orElse("");
        int space = range.indexOf(' ');
        int dash = range.indexOf('-');
        try {
            return Long.parseLong(range.substring(space + 1, dash).strip());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static void copy(InputStream body, URI url, Path part, long offset, long expected, long total,
                             String label, JobContext context) throws IOException {
        long done = offset;
        StandardOpenOption mode = offset > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        boolean tooLong = false;
        try (InputStream in = body;
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     mode)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            context.progress(done, total, "Downloading " + label);
            int read;
            while (!tooLong && (read = readChunk(in, buffer, url, part, done, total)) > 0) {
                context.throwIfCancelled();
                out.write(buffer, 0, read);
                done += read;
                tooLong = expected > 0 && done > expected;
                context.progress(done, total, "Downloading " + label);
            }
        }
        if (tooLong) {
            Files.deleteIfExists(part);
            throw new IOException("Download of " + url + " sent more than the catalogued " + expected
                    + " bytes; the partial file was deleted");
        }
        if (expected > 0 && done < expected) {
            throw new IOException("Download of " + url + " ended after " + done + " of " + expected
                    + " bytes; " + part + " is kept and the next download resumes from there");
        }
    }

    private static int readChunk(InputStream in, byte[] buffer, URI url, Path part, long done, long total)
            throws IOException {
        try {
            return in.read(buffer);
        } catch (IOException dropped) {
            throw new IOException("Download of " + url + " stopped after " + done + " of "
                    + (total >= 0 ? total + " bytes" : "? bytes") + " (" + dropped.getMessage() + "); " + part
                    + " is kept and the next download resumes from there", dropped);
        }
    }

    private static void verifyAndMove(ModelFile file, URI url, Path part, Path target) throws IOException {
        String advice = "the download from " + url + " was deleted";
        long size = Files.size(part);
        if (file.size().isPresent() && size != file.size().getAsLong()) {
            Files.delete(part);
            throw new ModelVerificationException(target, ModelVerificationException.Check.SIZE,
                    Long.toString(file.size().getAsLong()), Long.toString(size), advice);
        }
        String actual = Sha256.of(part);
        if (!actual.equals(file.sha256())) {
            Files.delete(part);
            throw new ModelVerificationException(target, ModelVerificationException.Check.SHA256, file.sha256(),
                    actual, advice);
        }
        AtomicFiles.move(part, target);
    }
}
