package dev.stsviz.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What each layer may use, on the compiled classes: JavaFX only in the view, the app and the bench, the fabric8 client only in
 * {@code live}, no blocking in the view, no wall clock in the simulator, the core or the console, and fabric8's model
 * types rather than hand-written copies. {@link PackageStructureTest} has the layer order and the package cycles.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.stsviz");
    }

    @Test
    void simulatorCoreConsoleAndLessonsUseNeitherJavaFxNorTheKubernetesClient() {
        noClasses().that().resideInAnyPackage("dev.stsviz.sim..", "dev.stsviz.cluster..", "dev.stsviz.console..", "dev.stsviz.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fabric8.kubernetes.client..")
                .check(classes);
    }

    @Test
    void theLiveSourceNeverTouchesJavaFx() {
        // informer handlers run on the client's threads: they change the ClusterState, the view's pulse draws it
        noClasses().that().resideInAPackage("dev.stsviz.live..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyLiveUsesTheKubernetesClient() {
        noClasses().that().resideOutsideOfPackage("dev.stsviz.live..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fabric8.kubernetes.client..")
                .check(classes);
    }

    @Test
    void theViewNeverBlocksOnFutures() {
        noClasses().that().resideInAPackage("dev.stsviz.view..")
                .should().callMethod(java.util.concurrent.Future.class, "get")
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "get")
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "join")
                .check(classes);
    }

    @Test
    void noWallClockInTheSimulatorTheCoreTheConsoleOrLessons() {
        // virtual time only: the simulator is deterministic, printers take "now" from their source
        noClasses().that().resideInAnyPackage("dev.stsviz.sim..", "dev.stsviz.cluster..", "dev.stsviz.console..", "dev.stsviz.lesson..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .check(classes);
    }

    @Test
    void kubernetesObjectsAreFabric8ModelTypesNotHandWrittenCopies() {
        // a hand-written API type would carry a kind's name (Pod, PodSpec, NodeStatus...): fabric8 has them all
        noClasses().that().resideInAPackage("dev.stsviz..")
                .should().haveNameMatching(".*\\.(Pod|Node|PersistentVolume(Claim)?|StatefulSet|Service|Endpoints|EndpointSlice"
                        + "|Event|Lease|ControllerRevision|StorageClass|Container|Volume|Taint|Toleration|OwnerReference|ObjectMeta)"
                        + "(Spec|Status|Condition|List)?")
                .check(classes);
    }
}
