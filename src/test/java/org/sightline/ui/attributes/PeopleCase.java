package org.sightline.ui.attributes;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.CaseDetections;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobContext;

/**
 * A real case on disk for UI tests: a person gallery of generated crops imported by the real gallery
 * job, and scores of a registered predictor saved through the store (crop i: female p = i / (n - 1),
 * backpack p = 0.9 for even i else 0.1).
 */
public final class PeopleCase {
    public static final PredictorInfo PREDICTOR = new PredictorInfo("crossroad-0230-test",
            "crossroad-0230 (Intel)", "crossroad-0230");

    private PeopleCase() {
    }

    public static CaseStore create(Path temp, int crops) throws Exception {
        Path gallery = Files.createDirectories(temp.resolve("gallery"));
        for (int i = 0; i < crops; i++) {
            writeCrop(gallery.resolve(String.format("p%03d.png", i)), i);
        }
        CaseStore store = Cases.create(temp.resolve("case"), "People test");
        Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
        GalleryImportJob job = new GalleryImportJob(source.id());
        long jobId = new CaseJobs(store).create(job.kind(), job.params()).id();
        ResumableJobs.asJob(store, jobId, job).run(new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        List<CaseDetections.Row> rows = new CaseDetections(store).all();
        AttributePredictions predictions = new AttributePredictions(store);
        predictions.register(PREDICTOR);
        for (int i = 0; i < rows.size(); i++) {
            float female = rows.size() == 1 ? 0.5f : (float) i / (rows.size() - 1);
            predictions.save(rows.get(i).detectionId(), new AttributeScores(PREDICTOR.id(), Map.of(
                    "personalFemale", female, "personalMale", 1 - female,
                    "carryingBackpack", i % 2 == 0 ? 0.9f : 0.1f, "accessoryHat", 0.3f)));
        }
        return store;
    }

    private static void writeCrop(Path file, int i) throws IOException {
        BufferedImage image = new BufferedImage(40, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.getHSBColor(i / 12f, 0.6f, 0.8f));
            g.fillRect(0, 0, 40, 100);
            g.setColor(Color.DARK_GRAY);
            g.fillOval(12, 6, 16, 16);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
