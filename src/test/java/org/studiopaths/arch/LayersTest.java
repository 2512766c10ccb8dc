package org.studiopaths.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Holds the layering of docs/ARCHITECTURE.md, as JabRef's MainArchitectureTest does. */
class LayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.studiopaths");
    }

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("files").definedBy("org.studiopaths.files..")
                .layer("model").definedBy("org.studiopaths.model..")
                .layer("audio").definedBy("org.studiopaths.audio..")
                .layer("dsp").definedBy("org.studiopaths.dsp..")
                .layer("engine").definedBy("org.studiopaths.engine..")
                .layer("exercise").definedBy("org.studiopaths.exercise..")
                .layer("journal").definedBy("org.studiopaths.journal..")
                .layer("cli").definedBy("org.studiopaths.cli..")
                .layer("ui").definedBy("org.studiopaths.ui..")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("journal").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("exercise").mayOnlyBeAccessedByLayers("journal", "cli", "ui")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("exercise", "journal", "cli", "ui")
                .whereLayer("dsp").mayOnlyBeAccessedByLayers("engine", "exercise", "journal", "cli", "ui")
                .whereLayer("audio").mayOnlyBeAccessedByLayers("dsp", "engine", "exercise", "journal", "cli", "ui")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.studiopaths.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheEnginesOutputTouchesJavaSound() {
        noClasses().that().resideOutsideOfPackage("org.studiopaths.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sound..")
                .check(classes);
    }
}
