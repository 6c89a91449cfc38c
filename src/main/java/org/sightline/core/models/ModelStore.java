package org.sightline.core.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sightline.core.config.AppPaths;

/**
 * Finds verified copies of catalogued model files. Search order: the user's models folder, then the
 * models bundled with the installed application, then the mirror folder (all in the same relative layout). A copy of the wrong size or SHA-256 is never returned; the
 * next location is tried, and when no copy verifies the first rejection is thrown. Downloads are
 * started by the user through {@link ModelDownloader}, never implicitly.
 */
public final class ModelStore {
    public static final String MIRROR_PROPERTY = "sightline.modelMirror";
    public static final String MIRROR_ENV = "SIGHTLINE_MODEL_MIRROR";
    /** Set by the installed application's launcher to the models folder inside its image. */
    public static final String BUNDLED_PROPERTY = "sightline.bundledModels";
    public static final String VERIFICATION_CACHE_FILE = "model-verification.json";

    private final ModelCatalog catalog;
    private final Path userModelsDir;
    private final Optional<Path> bundledDir;
    private final Optional<Path> mirrorDir;
    private final FileVerifier verifier;

    public ModelStore(ModelCatalog catalog, Path userModelsDir, Optional<Path> mirrorDir, FileVerifier verifier) {
        this(catalog, userModelsDir, Optional.empty(), mirrorDir, verifier);
    }

    public ModelStore(ModelCatalog catalog, Path userModelsDir, Optional<Path> bundledDir, Optional<Path> mirrorDir,
            FileVerifier verifier) {
        this.catalog = catalog;
        this.userModelsDir = userModelsDir.toAbsolutePath().normalize();
        this.bundledDir = bundledDir.map(dir -> dir.toAbsolutePath().normalize());
        this.mirrorDir = mirrorDir.map(dir -> dir.toAbsolutePath().normalize());
        this.verifier = verifier;
    }

    /** The application's store with the built-in catalog and the mirror from the user's settings. */
    public static ModelStore forApp(AppPaths paths) {
        return forApp(paths, ModelCatalog.fromClasspath(), org.sightline.core.config.Settings.load(paths).modelMirrorSetting());
    }

    public static ModelStore forApp(AppPaths paths, ModelCatalog catalog, Optional<String> mirrorSetting) {
        Optional<Path> mirror = locateMirror(System.getProperty(MIRROR_PROPERTY), System.getenv(), mirrorSetting);
        VerificationCache cache = VerificationCache.load(paths.cacheDir().resolve(VERIFICATION_CACHE_FILE));
        return new ModelStore(catalog, paths.modelsDir(), locateBundled(System.getProperty(BUNDLED_PROPERTY)), mirror,
                new FileVerifier(cache));
    }

    /** The bundled models folder named by {@value #BUNDLED_PROPERTY}, when set and present. */
    static Optional<Path> locateBundled(String property) {
        return Optional.ofNullable(property).filter(value -> !value.isBlank())
                .map(value -> Path.of(value.strip()).toAbsolutePath().normalize()).filter(Files::isDirectory);
    }

    static Optional<Path> locateMirror(String property, Map<String, String> env, Optional<String> setting) {
        List<String> candidates = new ArrayList<>();
        candidates.add(property);
        candidates.add(env.get(MIRROR_ENV));
        candidates.add(setting.orElse(null));
        return candidates.stream().filter(value -> value != null && !value.isBlank()).findFirst()
                .map(value -> Path.of(value.strip()).toAbsolutePath().normalize());
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    public Path userModelsDir() {
        return userModelsDir;
    }

    public Optional<Path> mirrorDir() {
        return mirrorDir;
    }

    /** The models folder inside the installed application, when there is one. */
    public Optional<Path> bundledDir() {
        return bundledDir;
    }

    /** Where this file belongs in the user's models folder (downloads go there). */
    public Path userPath(ModelFile file) {
        return userModelsDir.resolve(file.path());
    }

    private Map<ModelLocation, Path> candidates(ModelFile file) {
        Map<ModelLocation, Path> candidates = new LinkedHashMap<>();
        candidates.put(ModelLocation.USER_FOLDER, userPath(file));
        bundledDir.ifPresent(dir -> candidates.put(ModelLocation.BUNDLED, dir.resolve(file.path())));
        mirrorDir.ifPresent(dir -> candidates.put(ModelLocation.MIRROR, dir.resolve(file.path())));
        return candidates;
    }

    /** Every file of the model, found and verified; throws when any is missing or bad. */
    public ResolvedModel resolve(String modelId) throws IOException {
        ModelEntry entry = catalog.require(modelId);
        List<ResolvedFile> files = new ArrayList<>();
        for (ModelFile file : entry.files()) {
            files.add(resolve(entry, file));
        }
        return new ResolvedModel(entry, files);
    }

    public ResolvedFile resolve(ModelEntry entry, ModelFile file) throws IOException {
        ModelVerificationException firstRejection = null;
        for (Map.Entry<ModelLocation, Path> candidate : candidates(file).entrySet()) {
            Path path = candidate.getValue();
            if (!Files.exists(path)) {
                continue;
            }
            try {
                verifier.verify(path, file);
                return new ResolvedFile(file, path, candidate.getKey());
            } catch (ModelVerificationException rejected) {
                if (firstRejection == null) {
                    firstRejection = rejected;
                } else {
                    firstRejection.addSuppressed(rejected);
                }
            }
        }
        if (firstRejection != null) {
            throw firstRejection;
        }
        throw missing(entry, file);
    }

    private ModelMissingException missing(ModelEntry entry, ModelFile file) {
        StringBuilder message = new StringBuilder("Model '").append(entry.id()).append("' (").append(entry.name())
                .append("): file ").append(file.path()).append(" is not in the models folder ")
                .append(userPath(file).getParent());
        bundledDir.ifPresent(dir -> message.append(" nor among the bundled models in ").append(dir));
        mirrorDir.ifPresent(dir -> message.append(" nor in the mirror folder ").append(dir));
        if (file.url().isPresent()) {
            message.append("; download it with `sightline models download ").append(entry.id())
                    .append("` or from the Models view");
        } else {
            message.append("; it has no download address: copy it to ").append(userPath(file));
        }
        return new ModelMissingException(entry.id(), message.toString());
    }

    /** The state of one file, using remembered verifications; never throws for a bad or absent file. */
    public FileStatus status(ModelEntry entry, ModelFile file) {
        try {
            ResolvedFile resolved = resolve(entry, file);
            FileState state = switch (resolved.location()) {
                case USER_FOLDER -> FileState.FOUND_IN_USER_FOLDER;
                case BUNDLED -> FileState.FOUND_BUNDLED;
                case MIRROR -> FileState.FOUND_IN_MIRROR;
            };
            return new FileStatus(file, state, Optional.of(resolved.path()), "");
        } catch (ModelVerificationException bad) {
            return new FileStatus(file, FileState.BAD_CHECKSUM, Optional.of(bad.file()), bad.getMessage());
        } catch (ModelMissingException absent) {
            return new FileStatus(file, FileState.MISSING, Optional.empty(), absent.getMessage());
        } catch (IOException unreadable) {
            return new FileStatus(file, FileState.BAD_CHECKSUM, Optional.empty(), unreadable.getMessage());
        }
    }

    /** Fully hashes every present copy (user folder, bundled and mirror) of every file of the model. */
    public List<FileCheck> checkPresentCopies(ModelEntry entry) {
        List<FileCheck> checks = new ArrayList<>();
        for (ModelFile file : entry.files()) {
            for (Map.Entry<ModelLocation, Path> candidate : candidates(file).entrySet()) {
                Path path = candidate.getValue();
                if (!Files.exists(path)) {
                    continue;
                }
                try {
                    verifier.verifyFully(path, file);
                    checks.add(new FileCheck(entry, file, candidate.getKey(), path, true, ""));
                } catch (IOException failed) {
                    checks.add(new FileCheck(entry, file, candidate.getKey(), path, false, failed.getMessage()));
                }
            }
        }
        return checks;
    }

    /** The worst state among a model's files: bad, then missing, then mirror, then bundled, then the user's folder. */
    public FileState overallState(ModelEntry entry) {
        List<FileState> states = entry.files().stream().map(file -> status(entry, file).state()).toList();
        for (FileState worst : List.of(FileState.BAD_CHECKSUM, FileState.MISSING, FileState.FOUND_IN_MIRROR,
                FileState.FOUND_BUNDLED)) {
            if (states.contains(worst)) {
                return worst;
            }
        }
        return FileState.FOUND_IN_USER_FOLDER;
    }
}
