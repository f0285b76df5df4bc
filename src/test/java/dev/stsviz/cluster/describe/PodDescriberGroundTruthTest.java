package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.KubiaFixtures.NOW;
import static dev.stsviz.cluster.describe.KubiaFixtures.eviction;
import static dev.stsviz.cluster.describe.KubiaFixtures.kubia0;
import static dev.stsviz.cluster.describe.KubiaFixtures.nodeNotReady;
import static dev.stsviz.cluster.describe.KubiaFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-for-byte against a real {@code kubectl describe pod kubia-0} of a pod stuck on a lost node. */
class PodDescriberGroundTruthTest {

    static final String GROUND_TRUTH = """
            Name:                      kubia-0
            Namespace:                 default
            Priority:                  0
            Service Account:           default
            Node:                      hollow-node-0/192.0.2.2
            Start Time:                Sat, 28 Nov 2026 01:54:21 +0000
            Labels:                    app=kubia
                                       controller-revision-hash=kubia-c94bcb69b
                                       statefulset.kubernetes.io/pod-name=kubia-0
            Annotations:               <none>
            Status:                    Terminating (lasts 47s)
            Termination Grace Period:  30s
            IP:                        10.244.0.3
            IPs:
              IP:           10.244.0.3
            Controlled By:  StatefulSet/kubia
            Containers:
              kubia:
                Container ID:   fakeRuntime://kubia-0_default_36f15057-4cc0-4fb3-aa3b-425d74b889ee_0_kubia_0
                Image:          luksa/kubia-pet
                Image ID:       luksa/kubia-pet:latest
                Port:           8080/TCP
                Host Port:      0/TCP
                State:          Running
                  Started:      Sat, 28 Nov 2026 01:54:22 +0000
                Ready:          True
                Restart Count:  0
                Environment:    <none>
                Mounts:
                  /var/data from data (rw)
                  /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-v2ggw (ro)
            Conditions:
              Type              Status
              Initialized       True\s
              Ready             False\s
              ContainersReady   True\s
              PodScheduled      True\s
            Volumes:
              data:
                Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
                ClaimName:  data-kubia-0
                ReadOnly:   false
              kube-api-access-v2ggw:
                Type:                    Projected (a volume that contains injected data from multiple sources)
                TokenExpirationSeconds:  3607
                ConfigMapName:           kube-root-ca.crt
                ConfigMapOptional:       <nil>
                DownwardAPI:             true
            QoS Class:                   BestEffort
            Node-Selectors:              <none>
            Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                         node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
            Events:
              Type     Reason        Age    From               Message
              ----     ------        ----   ----               -------
              Normal   Scheduled     9m1s   default-scheduler  Successfully assigned default/kubia-0 to hollow-node-0
              Warning  NodeNotReady  6m22s  node-controller    Node is not ready
            """;

    /** The book profile: the node controller marked the pod NodeLost and evicted it. */
    static final String NODE_LOST = """
            Name:                      kubia-0
            Namespace:                 default
            Priority:                  0
            Service Account:           default
            Node:                      hollow-node-0/192.0.2.2
            Start Time:                Sat, 28 Nov 2026 01:54:21 +0000
            Labels:                    app=kubia
                                       controller-revision-hash=kubia-c94bcb69b
                                       statefulset.kubernetes.io/pod-name=kubia-0
            Annotations:               <none>
            Status:                    Terminating (lasts 92s)
            Termination Grace Period:  30s
            Reason:                    NodeLost
            Message:                   Node hollow-node-0 which was running pod kubia-0 is unresponsive
            IP:                        10.244.0.3
            IPs:
              IP:           10.244.0.3
            Controlled By:  StatefulSet/kubia
            Containers:
              kubia:
                Container ID:   fakeRuntime://kubia-0_default_36f15057-4cc0-4fb3-aa3b-425d74b889ee_0_kubia_0
                Image:          luksa/kubia-pet
                Image ID:       luksa/kubia-pet:latest
                Port:           8080/TCP
                Host Port:      0/TCP
                State:          Running
                  Started:      Sat, 28 Nov 2026 01:54:22 +0000
                Ready:          True
                Restart Count:  0
                Environment:    <none>
                Mounts:
                  /var/data from data (rw)
                  /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-v2ggw (ro)
            Conditions:
              Type              Status
              Initialized       True\s
              Ready             False\s
              ContainersReady   True\s
              PodScheduled      True\s
            Volumes:
              data:
                Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
                ClaimName:  data-kubia-0
                ReadOnly:   false
              kube-api-access-v2ggw:
                Type:                    Projected (a volume that contains injected data from multiple sources)
                TokenExpirationSeconds:  3607
                ConfigMapName:           kube-root-ca.crt
                ConfigMapOptional:       <nil>
                DownwardAPI:             true
            QoS Class:                   BestEffort
            Node-Selectors:              <none>
            Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                         node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
            Events:
              Type     Reason                  Age    From               Message
              ----     ------                  ----   ----               -------
              Normal   Scheduled               9m1s   default-scheduler  Successfully assigned default/kubia-0 to hollow-node-0
              Warning  NodeNotReady            6m22s  node-controller    Node is not ready
              Normal   NodeControllerEviction  2m2s   node-controller    Marking for deletion Pod kubia-0 from Node hollow-node-0
            """;

    @Test
    void reproducesTheRealOutputByteForByte() {
        Pod pod = kubia0(Duration.ofSeconds(47)).build();

        String out = PodDescriber.describe(pod, List.of(scheduled(), nodeNotReady()), NOW);

        assertThat(out).isEqualTo(GROUND_TRUTH);
    }

    @Test
    void keepsTheTabwriterTrailingSpacesOfTheConditionsTable() {
        String out = PodDescriber.describe(kubia0(Duration.ofSeconds(47)).build(), List.of(), NOW);

        assertThat(out).contains("\n  Initialized       True \n", "\n  Ready             False \n");
    }

    @Test
    void nodeLostVariantAddsReasonMessageAndTheEvictionEvent() {
        Pod pod = kubia0(Duration.ofSeconds(92)).editStatus()
                .withReason("NodeLost").withMessage("Node hollow-node-0 which was running pod kubia-0 is unresponsive")
                .endStatus().build();

        // given newest first, as a watch cache might hand them over: describe sorts them oldest first
        String out = PodDescriber.describe(pod, List.of(eviction(), nodeNotReady(), scheduled()), NOW);

        assertThat(out).isEqualTo(NODE_LOST);
    }
}
