package dev.stsviz.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the packages: who may use whom, and no package cycles. app wires everything; bench measures the
 * window and the sources; view draws a {@code cluster} and talks to the console; sim and live are the two sources
 * beside the view, which reaches them only through {@code cluster}'s interfaces; lesson (guided lessons, no JavaFX) sits
 * between the view and the console; console and cluster are shared.
 */
class PackageStructureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.stsviz");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("dev.stsviz.app..")
                .layer("bench").definedBy("dev.stsviz.bench..")
                .layer("view").definedBy("dev.stsviz.view..")
                .layer("sim").definedBy("dev.stsviz.sim..")
                .layer("live").definedBy("dev.stsviz.live..")
                .layer("lesson").definedBy("dev.stsviz.lesson..")
                .layer("console").definedBy("dev.stsviz.console..")
                .layer("cluster").definedBy("dev.stsviz.cluster..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("bench").mayOnlyBeAccessedByLayers("app")
                .whereLayer("view").mayOnlyBeAccessedByLayers("app", "bench")
                .whereLayer("sim").mayOnlyBeAccessedByLayers("app", "bench")
                .whereLayer("live").mayOnlyBeAccessedByLayers("app", "bench")
                .whereLayer("lesson").mayOnlyBeAccessedByLayers("app", "view")
                .whereLayer("console").mayOnlyBeAccessedByLayers("app", "bench", "view", "lesson", "sim", "live")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.stsviz.(**)").should().beFreeOfCycles().check(classes);
    }
}
