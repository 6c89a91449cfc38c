package org.sightline.core.cases.jobs;

import org.junit.jupiter.api.Test;
import org.sightline.core.cases.gallery.GalleryImportJob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumableJobFactoryTest {

    @Test
    void savedParametersRecreateTheJob() {
        ResumableJob job = GalleryImportJob.factory().fromParams(new GalleryImportJob(7).params());
        assertEquals(GalleryImportJob.KIND, job.kind());
        assertEquals(new GalleryImportJob(7).params(), job.params());
    }

    @Test
    void malformedOrIncompleteParametersNameTheJobAndTheSavedText() {
        ResumableJobFactory factory = GalleryImportJob.factory();
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> factory.fromParams("{not json"));
        assertTrue(malformed.getMessage().startsWith("Bad gallery import parameters {not json"), malformed.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> factory.fromParams("null"));
        assertTrue(empty.getMessage().startsWith("Bad gallery import parameters null"), empty.getMessage());
    }
}
