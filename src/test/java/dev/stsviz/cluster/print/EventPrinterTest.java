package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.MicroTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPrinterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");

    private static String ago(long seconds) {
        return NOW.minus(Duration.ofSeconds(seconds)).toString();
    }

    /** A core/v1 event as the legacy recorder writes it: first/last timestamps, count, source. */
    private static EventBuilder legacy(String name, String type, String reason, String kind, String object,
            String message, long lastSeenSecondsAgo) {
        return new EventBuilder()
                .withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withType(type).withReason(reason).withMessage(message)
                .withNewInvolvedObject().withKind(kind).withName(object).withNamespace("default").endInvolvedObject()
                .withFirstTimestamp(ago(lastSeenSecondsAgo)).withLastTimestamp(ago(lastSeenSecondsAgo)).withCount(1)
                .withNewSource().withComponent("statefulset-controller").endSource();
    }

    private static Event scheduled() {
        // events.k8s.io writers (the scheduler) leave first/lastTimestamp unset and fill eventTime;
        // 119.12s before NOW, which HumanDuration truncates to 119s.
        return new EventBuilder()
                .withNewMetadata().withName("kubia-0.18a").withNamespace("default").endMetadata()
                .withType("Normal").withReason("Scheduled")
                .withMessage("Successfully assigned default/kubia-0 to minikube")
                .withNewInvolvedObject().withKind("Pod").withName("kubia-0").withNamespace("default")
                .endInvolvedObject()
                .withEventTime(new MicroTime("2026-11-28T02:00:41.876543Z"))
                .withReportingComponent("default-scheduler").withReportingInstance("default-scheduler-minikube")
                .build();
    }

    private static Event failedScheduling() {
        return new EventBuilder()
                .withNewMetadata().withName("kubia-1.18b").withNamespace("default").endMetadata()
                .withType("Warning").withReason("FailedScheduling")
                .withMessage("0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims.\n")
                .withNewInvolvedObject().withKind("Pod").withName("kubia-1").withNamespace("default")
                .endInvolvedObject()
                .withEventTime(new MicroTime(ago(300)))
                .withNewSeries().withCount(3).withLastObservedTime(new MicroTime(ago(30))).endSeries()
                .withReportingComponent("default-scheduler")
                .build();
    }

    @Test
    void listingIsSortedByLastSeen() {
        Event created = legacy("kubia.1", "Normal", "SuccessfulCreate", "StatefulSet", "kubia",
                "create Pod kubia-0 in StatefulSet kubia successful", 120).build();
        Event pulled = legacy("kubia-0.2", "Normal", "Pulled", "Pod", "kubia-0",
                "Container image \"luksa/kubia-pet\" already present on machine", 100).build();

        String out = EventPrinter.table(List.of(failedScheduling(), pulled, scheduled(), created), NOW, false);

        assertThat(out).isEqualTo("""
                LAST SEEN   TYPE      REASON             OBJECT              MESSAGE
                2m          Normal    SuccessfulCreate   statefulset/kubia   create Pod kubia-0 in StatefulSet kubia successful
                119s        Normal    Scheduled          pod/kubia-0         Successfully assigned default/kubia-0 to minikube
                100s        Normal    Pulled             pod/kubia-0         Container image "luksa/kubia-pet" already present on machine
                30s         Warning   FailedScheduling   pod/kubia-1         0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims.
                """);
    }

    @Test
    void lastSeenFallsBackToFirstTimestampThenEventTime() {
        Event onlyFirst = legacy("e", "Normal", "Killing", "Pod", "kubia-0", "Stopping container kubia", 0)
                .withFirstTimestamp(ago(400)).withLastTimestamp(null).build();
        assertThat(EventPrinter.lastSeen(onlyFirst, NOW)).isEqualTo("6m40s");
        assertThat(EventPrinter.lastSeen(scheduled(), NOW)).isEqualTo("119s");
        assertThat(EventPrinter.lastSeen(new Event(), NOW)).isEqualTo("<unknown>");
    }

    @Test
    void seriesOverridesLastSeenAndCount() {
        Event e = failedScheduling();
        assertThat(EventPrinter.lastSeen(e, NOW)).isEqualTo("30s");
        assertThat(EventPrinter.cells(e, NOW, true)).containsExactly("30s", "Warning", "FailedScheduling",
                "pod/kubia-1", "", "default-scheduler",
                "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims.", "5m", "3", "kubia-1.18b");
    }

    @Test
    void objectColumn() {
        Event node = legacy("minikube.1", "Normal", "NodeReady", "Node", "minikube", "Node minikube status is now: NodeReady", 5)
                .build();
        Event noName = legacy("x", "Normal", "Something", "Node", null, "m", 5).build();
        assertThat(EventPrinter.object(node)).isEqualTo("node/minikube");
        assertThat(EventPrinter.object(noName)).isEqualTo("node");
        assertThat(EventPrinter.object(new Event())).isEmpty();
    }

    @Test
    void wideColumnsForALegacyEvent() {
        Event e = legacy("kubia-0.3", "Warning", "BackOff", "Pod", "kubia-0", "Back-off restarting failed container", 15)
                .editInvolvedObject().withFieldPath("spec.containers{kubia}").endInvolvedObject()
                .withFirstTimestamp(ago(600)).withCount(7)
                .withNewSource().withComponent("kubelet").withHost("minikube").endSource()
                .build();
        assertThat(EventPrinter.headers(true)).containsExactly("Last Seen", "Type", "Reason", "Object", "Subobject",
                "Source", "Message", "First Seen", "Count", "Name");
        assertThat(EventPrinter.cells(e, NOW, true)).containsExactly("15s", "Warning", "BackOff", "pod/kubia-0",
                "spec.containers{kubia}", "kubelet, minikube", "Back-off restarting failed container", "10m", "7",
                "kubia-0.3");
    }

    @Test
    void sourceFallsBackToReportingFieldsAndSingletonCountIsOne() {
        List<String> cells = EventPrinter.cells(scheduled(), NOW, true);
        assertThat(cells.get(5)).isEqualTo("default-scheduler, default-scheduler-minikube");
        assertThat(cells.get(7)).isEqualTo("119s");
        assertThat(cells.get(8)).isEqualTo("1");
    }

    @Test
    void sortIsStableAndPutsTimelessEventsFirst() {
        Event a = legacy("a", "Normal", "A", "Pod", "p", "a", 10).build();
        Event b = legacy("b", "Normal", "B", "Pod", "p", "b", 10).build();
        Event timeless = new EventBuilder().withNewMetadata().withName("t").endMetadata().withReason("T").build();
        String out = EventPrinter.table(List.of(b, a, timeless), NOW, false);
        assertThat(out.lines()).containsExactly(
                "LAST SEEN   TYPE     REASON   OBJECT   MESSAGE",
                "<unknown>" + " ".repeat(3) + " ".repeat(9) + "T" + " ".repeat(8) + " ".repeat(9),
                "10s         Normal   B        pod/p    b",
                "10s         Normal   A        pod/p    a");
    }
}
