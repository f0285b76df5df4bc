package dev.stsviz.realcluster;

import dev.stsviz.TalksToServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated test class against a real Kubernetes 1.24 control plane ({@code ../shared/k8s/control-plane.sh}):
 * the test gets a {@link ControlPlane} as a constructor or method parameter. One cluster per eviction path is started
 * per test run (lazily, shared by every class asking for it) and stopped at its end; tests isolate themselves with
 * {@link ControlPlane#createNamespace(String)} and leave nodes thawed and the API server running.
 * Without etcd or the bundle the tests are skipped (see {@link RealClusterExtension}).
 * Excluded with {@code -DexcludedGroups=real-cluster}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealClusterExtension.class)
@Tag(RealCluster.TAG)
@TalksToServer
public @interface RealCluster {
    String TAG = "real-cluster";

    /** {@code "taint"} (taint-based eviction, today's clusters) or {@code "nodelost"} (the book's NodeLost path). */
    String eviction() default "taint";
}
