package org.sightline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers of docs/ARCHITECTURE.md, enforced. */
class LayeringTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sightline");
    }

    @Test
    void everyLayerIsImportedSoNoRuleCanPassEmpty() {
        for (String layer : new String[] {"core", "engine", "cli", "ui", "app"}) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    main.stream().anyMatch(c -> c.getPackageName().startsWith("org.sightline." + layer)),
                    "no classes found in layer " + layer);
        }
    }

    @Test
    void coreUsesNoToolkitAndNoEngine() {
        noClasses().that().resideInAPackage("org.sightline.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "ai.djl..", "org.opencv..", "nu.pattern..", "org.bytedeco..", "picocli..",
                        "org.sightline.engine..", "org.sightline.ui..", "org.sightline.cli..", "org.sightline.app..")
                .because("the core (pipeline, store, model interfaces) is engine- and toolkit-neutral")
                .check(main);
    }

    @Test
    void enginesDoNotReachUpIntoUiOrCommands() {
        noClasses().that().resideInAPackage("org.sightline.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.sightline.ui..", "org.sightline.cli..", "org.sightline.app..")
                .check(main);
    }

    @Test
    void commandsNeverLoadTheToolkit() {
        noClasses().that().resideInAPackage("org.sightline.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sightline.ui..", "org.sightline.app..")
                .check(main);
    }

    @Test
    void onlyTheUiAndTheCompositionRootUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.sightline.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(main);
    }

    @Test
    void uiTalksToEnginesOnlyThroughCoreInterfaces() {
        noClasses().that().resideInAPackage("org.sightline.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "ai.djl..", "org.opencv..", "org.bytedeco..", "org.sightline.engine..", "org.sightline.cli..")
                .check(main);
    }

    @Test
    void viewModelsHoldNoControls() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
                .because("ViewModels are unit-tested without a toolkit (JabRef's MVVM)")
                .check(main);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.sightline.(*)..").should().beFreeOfCycles().check(main);
    }
}
