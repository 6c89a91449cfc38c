package org.sightline.core.vl.search;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobContext;

/** A gallery case of plain-coloured 32x64 crops, one per RGB colour given, named c00.png, c01.png, ... */
final class ColourCase {

    private ColourCase() {
    }

    static CaseStore create(Path temp, List<int[]> colours) throws Exception {
        Path gallery = Files.createDirectories(temp.resolve("gallery"));
        for (int i = 0; i < colours.size(); i++) {
            BufferedImage image = new BufferedImage(32, 64, BufferedImage.TYPE_INT_RGB);
            int[] c = colours.get(i);
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 32; x++) {
                    image.setRGB(x, y, (c[0] << 16) | (c[1] << 8) | c[2]);
                }
            }
            ImageIO.write(image, "png", gallery.resolve(String.format("c%02d.png", i)).toFile());
        }
        CaseStore store = Cases.create(temp.resolve("case"), "colours");
        Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
        GalleryImportJob job = new GalleryImportJob(source.id());
        long id = new CaseJobs(store).create(job.kind(), job.params()).id();
        ResumableJobs.asJob(store, id, job).run(quiet());
        return store;
    }

    static JobContext quiet() {
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

    static JobContext cancelAfter(int progressReports) {
        return new JobContext() {
            private int reports;

            @Override
            public void progress(long done, long total, String message) {
                reports++;
            }

            @Override
            public boolean isCancelled() {
                return reports > progressReports;
            }
        };
    }

    static long count(CaseStore store, String sql) {
        return store.read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
