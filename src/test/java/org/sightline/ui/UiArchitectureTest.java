package org.sightline.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UiArchitectureTest {
    /** Imports the compiled UI classes directly: scanning the whole classpath takes ten times longer. */
    private final JavaClasses ui = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(uiClassesFolder());

    private static Path uiClassesFolder() {
        try {
            return Path.of(SightlineApp.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("org/sightline/ui");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the compiled UI classes", e);
        }
    }

    @Test
    void viewModelsStayFreeOfSceneGraphClasses() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(ui);
    }

    @Test
    void importsTheViewModels() {
        assertTrue(ui.contain("org.sightline.ui.cases.CaseViewModel"),
                "the rule above would pass vacuously without the classes");
    }
}
