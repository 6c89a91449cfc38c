package org.sightline.cli.attributes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.models.FileVerifier;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.VerificationCache;
import org.sightline.engine.opencv.TestData;

/** Small cases over real PETA crops and the real attribute model (skipped where they are absent). */
public final class RealAttributeCases {

    private RealAttributeCases() {
    }

    /** The attribute model from the shared mirror, verified, with a models folder under {@code temp}. */
    public static AttributeModels models(Path temp) {
        Path model = TestData.model("par/person-attributes-recognition-crossroad-0230.onnx");
        Path mirror = model.getParent().getParent();
        return new AttributeModels(new ModelStore(ModelCatalog.fromClasspath(), temp.resolve("user-models"),
                Optional.of(mirror), new FileVerifier(VerificationCache.load(temp.resolve("verification.json")))));
    }

    /** {@code count} peta-dev labels.csv rows spread over the file (all PETA subsets), data lines only. */
    public static List<String> petaRows(int count) throws IOException {
        List<String> lines = Files.readAllLines(TestData.data("peta-dev/labels.csv")).stream().skip(1).toList();
        int step = lines.size() / count;
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> lines.get(i * step)).toList();
    }

    /** A gallery folder with copies of {@code count} PETA crops, and a case that imported it. */
    public static CaseStore galleryCase(Path temp, int count) throws Exception {
        Path peta = TestData.data("peta-dev");
        Path gallery = Files.createDirectories(temp.resolve("gallery"));
        for (String row : petaRows(count)) {
            Path image = peta.resolve(row.split(",", 4)[1]);
            Files.copy(image, gallery.resolve(image.getParent().getFileName() + "_" + image.getFileName()));
        }
        CaseStore store = Cases.create(temp.resolve("case"), "PETA crops");
        Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
        GalleryImportJob importJob = new GalleryImportJob(source.id());
        long id = new CaseJobs(store).create(importJob.kind(), importJob.params()).id();
        ResumableJobs.asJob(store, id, importJob).run(quiet());
        return store;
    }

    public static JobContext quiet() {
        return new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
