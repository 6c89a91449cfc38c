package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.Vectors;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.tuning.CasePacks;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptedModel;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.search.FakeVlModel;
import org.sightline.core.vl.search.SearchHit;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;

/**
 * The case's search port with a search pack: the query is encoded through {@link PromptedModel} over
 * the base model (the hits' similarities are those of that vector with the stored crop vectors), crops
 * are embedded without prompts, the port names the pack it used, and without a pack the plain
 * encoding is used again.
 */
class CaseSearchPortPackTest {

    private static final ModelIdentity BASE = new ModelIdentity("fake-vl", "f".repeat(64));

    @TempDir
    Path temp;

    /** Images: {@link FakeVlModel}'s mean RGB. Texts: a colour word's axis, shifted by the first prompt value when prompts are given. */
    static final class PromptSensitiveModel extends FakeVlModel {
        final List<TextPrompts> textPromptsSeen = new ArrayList<>();
        final List<ImagePrompts> imagePromptsSeen = new ArrayList<>();

        PromptSensitiveModel() {
            super(BASE.modelId(), 'f');
        }

        @Override
        public float[][] encodeImages(List<RgbImage> crops) {
            return encodeImages(crops, ImagePrompts.NONE);
        }

        @Override
        public synchronized float[][] encodeImages(List<RgbImage> crops, ImagePrompts prompts) {
            imagePromptsSeen.add(prompts);
            return super.encodeImages(crops);
        }

        @Override
        public float[][] encodeTexts(List<String> texts) {
            return encodeTexts(texts, TextPrompts.NONE);
        }

        @Override
        public synchronized float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
            textPromptsSeen.add(prompts);
            float shift = prompts.values().length == 0 ? 0 : prompts.values()[0];
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                float[] v = {0.05f, 0.05f + shift, 0.05f};
                v[texts.get(i).contains("red") ? 0 : 2] += 1;
                out[i] = Vectors.normalizeInPlace(v);
            }
            return out;
        }
    }

    private static final JobContext QUIET = new JobContext() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private CaseStore colourCase() throws Exception {
        Path gallery = Files.createDirectories(temp.resolve("gallery"));
        int[][] colours = {{230, 20, 20}, {20, 200, 20}, {20, 20, 220}, {150, 150, 30}};
        for (int i = 0; i < colours.length; i++) {
            BufferedImage image = new BufferedImage(16, 32, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 16; x++) {
                    image.setRGB(x, y, (colours[i][0] << 16) | (colours[i][1] << 8) | colours[i][2]);
                }
            }
            ImageIO.write(image, "png", gallery.resolve("c" + i + ".png").toFile());
        }
        CaseStore store = Cases.create(temp.resolve("case"), "colours");
        GalleryImportJob job = new GalleryImportJob(store.addSource(SourceKind.IMAGE_GALLERY, gallery).id());
        ResumableJobs.asJob(store, new CaseJobs(store).create(job.kind(), job.params()).id(), job).run(QUIET);
        return store;
    }

    @Test
    void queriesGoThroughTheActiveSearchPackAndCropVectorsStayThoseOfTheBaseModel() throws Exception {
        PromptSensitiveModel model = new PromptSensitiveModel();
        PromptPack pack = new PromptPack(BASE, "retrieval", new TextPrompts(1, 3, new float[] {0.8f, 0, 0}), List.of(),
                Map.of("task", "retrieval"));
        SearchRequest red = SearchRequest.text("a man in red").withColourRerank(false);
        try (CaseStore store = colourCase(); JobRunner runner = new JobRunner(1);
             CaseSearchPort port = new CaseSearchPort(store, runner, "fake-vl", id -> model, null)) {
            CasePacks packs = new CasePacks(store);
            packs.add("market-ids", pack, BASE);
            packs.setActive(CasePacks.Role.SEARCH, "market-ids");

            SearchResults withPack = port.search(red);
            float[] expected = new PromptedModel(pack, model).encodeTexts(List.of("a man in red"))[0];
            assertEquals(4, withPack.hits().size());
            for (SearchHit hit : withPack.hits()) {
                float[] crop = Embeddings.of(store, "fake-vl", hit.detectionId()).orElseThrow();
                assertEquals(dot(expected, crop), hit.similarity(), 1e-5, "similarity of the pack's query vector");
            }
            assertTrue(model.textPromptsSeen.stream().anyMatch(p -> p.values().length == 3 && p.values()[0] == 0.8f),
                    "the query went through the pack's prompts");
            assertFalse(model.imagePromptsSeen.isEmpty());
            assertTrue(model.imagePromptsSeen.stream().allMatch(ImagePrompts::isEmpty), "crops embedded without prompts");
            assertEquals(java.util.Optional.of("market-ids"), port.searchPack(), "the search says which pack it used");

            packs.setActive(CasePacks.Role.SEARCH, null);
            SearchResults plain = port.search(red);
            float[] plainQuery = model.encodeTexts(List.of("a man in red"))[0];
            assertFalse(java.util.Arrays.equals(plainQuery, expected), "the pack changes the query vector");
            float[] top = Embeddings.of(store, "fake-vl", plain.hits().getFirst().detectionId()).orElseThrow();
            assertEquals(dot(plainQuery, top), plain.hits().getFirst().similarity(), 1e-5, "no pack: the plain query vector");
            assertEquals(java.util.Optional.empty(), port.searchPack());
            assertArrayEquals(new float[] {0.8f, 0, 0}, pack.prompts().values());
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
