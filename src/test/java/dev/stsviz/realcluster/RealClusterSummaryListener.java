package dev.stsviz.realcluster;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints {@code real control plane tests: N ran, M skipped} at the end of a test plan that holds tests tagged
 * {@code real-cluster} (registered in META-INF/services). A test counts as ran when it finished successfully or
 * failed, as skipped when it was disabled or aborted; a skipped class counts its tests. Tests of a class that failed
 * before they could run (the control plane did not come up) are added as "not run".
 */
public final class RealClusterSummaryListener implements TestExecutionListener {
    private static final TestTag TAG = TestTag.create(RealCluster.TAG);

    private volatile TestPlan plan;
    private final Set<String> ran = ConcurrentHashMap.newKeySet();
    private final Set<String> skipped = ConcurrentHashMap.newKeySet();
    private final Set<String> notRun = ConcurrentHashMap.newKeySet();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        ran.clear();
        skipped.clear();
        notRun.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (!tagged(identifier)) {
            return;
        }
        if (identifier.isTest()) {
            skipped.add(identifier.getUniqueId());
        } else if (plan != null) {
            // the children of a skipped container are not reported
            plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).forEach(t -> skipped.add(t.getUniqueId()));
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!tagged(identifier)) {
            return;
        }
        if (identifier.isTest()) {
            (result.getStatus() == TestExecutionResult.Status.ABORTED ? skipped : ran).add(identifier.getUniqueId());
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && plan != null) {
            plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).map(TestIdentifier::getUniqueId)
                    .filter(id -> !ran.contains(id) && !skipped.contains(id)).forEach(notRun::add);
        }
    }

    /** Tagged itself or through a parent: dynamic tests do not carry their factory's tags. */
    private boolean tagged(TestIdentifier identifier) {
        if (identifier.getTags().contains(TAG)) {
            return true;
        }
        return plan != null && plan.getParent(identifier).map(this::tagged).orElse(false);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        boolean any = !ran.isEmpty() || !skipped.isEmpty() || !notRun.isEmpty()
                || testPlan.getRoots().stream().flatMap(root -> testPlan.getDescendants(root).stream())
                        .anyMatch(identifier -> identifier.getTags().contains(TAG));
        if (any) {
            System.out.println("real control plane tests: " + ran.size() + " ran, " + skipped.size() + " skipped"
                    + (notRun.isEmpty() ? "" : ", " + notRun.size() + " not run (the control plane did not start)"));
        }
        plan = null;
    }
}
