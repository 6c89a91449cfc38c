package org.sightline.core.tuning.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.tuning.IdentityFolders;
import org.sightline.core.tuning.TuningInputs;

class TuningFingerprintTest {
    private static final AttributeSchema SCHEMA = BuiltInSchemas.peta35();

    @TempDir
    Path dir;

    @Test
    void attributeFingerprintSeesAnImageReplacedByOneOfTheSameSize() throws Exception {
        Path csv = labelledCrops();
        String before = TuningFingerprint.of(TuningInputs.read(csv, SCHEMA, true));
        assertEquals(before, TuningFingerprint.of(TuningInputs.read(csv, SCHEMA, true)), "same data, same fingerprint");

        Files.write(dir.resolve("img/a.jpg"), new byte[] {1, 2, 4});

        assertNotEquals(before, TuningFingerprint.of(TuningInputs.read(csv, SCHEMA, true)));
    }

    @Test
    void attributeFingerprintSeesAChangedLabel() throws Exception {
        Path csv = labelledCrops();
        String before = TuningFingerprint.of(TuningInputs.read(csv, SCHEMA, true));

        Files.writeString(csv, "file,person_id,attributes\nimg/a.jpg,1,\nimg/b.jpg,2,personalMale\n");

        assertNotEquals(before, TuningFingerprint.of(TuningInputs.read(csv, SCHEMA, true)));
    }

    @Test
    void identityFingerprintSeesAnImageReplacedByOneOfTheSameSize() throws Exception {
        Path person = person("p1", "a man in a red shirt");
        person("p2", "a woman with a bag");
        String before = TuningFingerprint.of(IdentityFolders.read(dir.resolve("ids"), false));

        Files.write(person.resolve("a.jpg"), new byte[] {3, 2, 1});

        assertNotEquals(before, TuningFingerprint.of(IdentityFolders.read(dir.resolve("ids"), false)));
    }

    private Path person(String name, String description) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ids").resolve(name));
        Files.write(folder.resolve("a.jpg"), new byte[] {1, 2, 3});
        Files.writeString(folder.resolve(IdentityFolders.DESCRIPTION_FILE), description);
        return folder;
    }

    private Path labelledCrops() throws Exception {
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/a.jpg"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("img/b.jpg"), new byte[] {5, 6, 7});
        Path csv = dir.resolve("labels.csv");
        Files.writeString(csv, "file,person_id,attributes\nimg/a.jpg,1,personalMale\nimg/b.jpg,2,\n");
        return csv;
    }
}
