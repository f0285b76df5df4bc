package dev.stsviz.sim.apiserver;

import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetUpdateStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateStatefulSetStrategy;

import java.util.ArrayList;
import java.util.List;

/**
 * The defaulting and admission plugins whose effects the chapter shows: API defaults for pods and StatefulSets
 * ({@code pkg/apis/{core,apps}/v1/defaults.go}), DefaultTolerationSeconds (the 300 s not-ready/unreachable tolerations),
 * DefaultStorageClass (a PVC without a class gets the default one, which is why minikube ignores pv-a/b/c),
 * the pvc/pv-protection finalizers (StorageObjectInUseProtection) and ClusterIP allocation for services.
 */
public final class Admission {
    static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    static final String NOT_READY = "node.kubernetes.io/not-ready";
    private long defaultTolerationSeconds = 300;
    private StatefulSetFields statefulSetFields = StatefulSetFields.ALL;
    private int nextClusterIp = 1;

    public void setDefaultTolerationSeconds(long seconds) {
        this.defaultTolerationSeconds = seconds;
    }

    /** The StatefulSet fields this server's feature gates allow; the others are dropped on write. */
    public void setStatefulSetFields(StatefulSetFields fields) {
        this.statefulSetFields = fields;
    }

    /** On update: drops the fields whose gate is off, unless the stored set already uses them. */
    void dropDisabledFields(StatefulSet fresh, StatefulSet stored) {
        if (fresh.getSpec() != null) {
            statefulSetFields.dropDisabled(fresh.getSpec(), stored.getSpec());
        }
    }

    void admit(HasMetadata object, ApiServer api) {
        if (object instanceof Pod pod) {
            admitPod(pod);
        } else if (object instanceof PersistentVolumeClaim pvc) {
            admitClaim(pvc, api);
        } else if (object instanceof PersistentVolume pv) {
            addFinalizer(pv, "kubernetes.io/pv-protection");
        } else if (object instanceof StatefulSet sts) {
            defaultStatefulSet(sts);
            // statefulSetStrategy.PrepareForCreate: the status starts empty, and Go's replicas and availableReplicas
            // are never omitted, so a new set reads status {replicas: 0} before its controller's first write
            sts.setStatus(new io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder().withReplicas(0).withAvailableReplicas(0).build());
        } else if (object instanceof Service service) {
            admitService(service);
        } else if (object instanceof io.fabric8.kubernetes.api.model.apps.ReplicaSet rs) {
            ReplicaSetDefaults.admit(rs);
        }
    }

    private void admitPod(Pod pod) {
        PodSpec spec = pod.getSpec();
        PodDefaults.apply(spec);
        PodDefaults.applyPodOnly(spec);
        List<Toleration> tolerations = new ArrayList<>(spec.getTolerations());
        for (String taint : List.of(NOT_READY, UNREACHABLE)) {
            boolean present = tolerations.stream().anyMatch(t -> taint.equals(t.getKey())
                    && ("NoExecute".equals(t.getEffect()) || t.getEffect() == null || t.getEffect().isEmpty()));
            if (!present) {
                tolerations.add(new TolerationBuilder().withKey(taint).withOperator("Exists").withEffect("NoExecute")
                        .withTolerationSeconds(defaultTolerationSeconds).build());
            }
        }
        spec.setTolerations(tolerations);
        if (pod.getStatus() == null || pod.getStatus().getPhase() == null) {
            pod.setStatus(new PodStatusBuilder().withPhase("Pending").withQosClass("BestEffort").build());
        }
    }

    private void admitClaim(PersistentVolumeClaim pvc, ApiServer api) {
        if (pvc.getSpec().getStorageClassName() == null) {
            for (StorageClass sc : api.list(StorageClass.class, Kinds.STORAGE_CLASS, null)) {
                if ("true".equals(sc.getMetadata().getAnnotations().get("storageclass.kubernetes.io/is-default-class"))) {
                    pvc.getSpec().setStorageClassName(sc.getMetadata().getName());
                    break;
                }
            }
        }
        if (pvc.getSpec().getVolumeMode() == null) {
            pvc.getSpec().setVolumeMode("Filesystem");
        }
        addFinalizer(pvc, "kubernetes.io/pvc-protection");
        if (pvc.getStatus() == null || pvc.getStatus().getPhase() == null) {
            pvc.setStatus(new PersistentVolumeClaimStatusBuilder().withPhase("Pending").build());
        }
    }

    private void defaultStatefulSet(StatefulSet sts) {
        StatefulSetSpec spec = sts.getSpec();
        statefulSetFields.dropDisabled(spec, null);
        if (spec.getReplicas() == null) {
            spec.setReplicas(1);
        }
        if (spec.getPodManagementPolicy() == null) {
            spec.setPodManagementPolicy("OrderedReady");
        }
        if (spec.getUpdateStrategy() == null) {
            spec.setUpdateStrategy(new StatefulSetUpdateStrategy(null, "RollingUpdate"));
        }
        StatefulSetUpdateStrategy strategy = spec.getUpdateStrategy();
        if (strategy.getType() == null) {
            strategy.setType("RollingUpdate");
        }
        if ("RollingUpdate".equals(strategy.getType())) {
            if (strategy.getRollingUpdate() == null) {
                strategy.setRollingUpdate(new RollingUpdateStatefulSetStrategy());
            }
            if (strategy.getRollingUpdate().getPartition() == null) {
                strategy.getRollingUpdate().setPartition(0);
            }
            if (strategy.getRollingUpdate().getMaxUnavailable() == null) {
                strategy.getRollingUpdate().setMaxUnavailable(new IntOrString(1));
            }
        }
        if (spec.getRevisionHistoryLimit() == null) {
            spec.setRevisionHistoryLimit(10);
        }
        if (spec.getMinReadySeconds() == null) {
            spec.setMinReadySeconds(0);
        }
        if (statefulSetFields.claimRetentionPolicy()) {
            defaultRetentionPolicy(spec);
        }
        if (spec.getTemplate() != null && spec.getTemplate().getSpec() != null) {
            PodDefaults.apply(spec.getTemplate().getSpec());
        }
        for (PersistentVolumeClaim template : spec.getVolumeClaimTemplates()) {
            if (template.getSpec().getVolumeMode() == null) {
                template.getSpec().setVolumeMode("Filesystem");
            }
        }
    }

    /** Retain / Retain; a server with the gate off does not default the field it drops. */
    private static void defaultRetentionPolicy(StatefulSetSpec spec) {
        StatefulSetPersistentVolumeClaimRetentionPolicy policy = spec.getPersistentVolumeClaimRetentionPolicy();
        if (policy == null) {
            policy = new StatefulSetPersistentVolumeClaimRetentionPolicy();
            spec.setPersistentVolumeClaimRetentionPolicy(policy);
        }
        if (policy.getWhenDeleted() == null) {
            policy.setWhenDeleted("Retain");
        }
        if (policy.getWhenScaled() == null) {
            policy.setWhenScaled("Retain");
        }
    }

    /** Defaults a StatefulSet spec's pod template and claim templates the way create does (used by apply). */
    public static void defaultPodTemplate(StatefulSetSpec spec) {
        if (spec.getTemplate() != null && spec.getTemplate().getSpec() != null) {
            PodDefaults.apply(spec.getTemplate().getSpec());
        }
        for (PersistentVolumeClaim template : spec.getVolumeClaimTemplates()) {
            if (template.getSpec().getVolumeMode() == null) {
                template.getSpec().setVolumeMode("Filesystem");
            }
        }
        if (spec.getUpdateStrategy() != null && "RollingUpdate".equals(spec.getUpdateStrategy().getType())) {
            if (spec.getUpdateStrategy().getRollingUpdate() == null) {
                spec.getUpdateStrategy().setRollingUpdate(new RollingUpdateStatefulSetStrategy());
            }
            if (spec.getUpdateStrategy().getRollingUpdate().getPartition() == null) {
                spec.getUpdateStrategy().getRollingUpdate().setPartition(0);
            }
            if (spec.getUpdateStrategy().getRollingUpdate().getMaxUnavailable() == null) {
                spec.getUpdateStrategy().getRollingUpdate().setMaxUnavailable(new IntOrString(1));
            }
        }
    }

    private void admitService(Service service) {
        if (service.getSpec().getType() == null) {
            service.getSpec().setType("ClusterIP");
        }
        if (service.getSpec().getClusterIP() == null || service.getSpec().getClusterIP().isEmpty()) {
            int n = nextClusterIp++;
            service.getSpec().setClusterIP("10.96." + (n / 250) + "." + (n % 250 + 2));
        }
        if (service.getSpec().getSessionAffinity() == null) {
            service.getSpec().setSessionAffinity("None");
        }
        for (ServicePort port : service.getSpec().getPorts()) {
            if (port.getProtocol() == null) {
                port.setProtocol("TCP");
            }
            if (port.getTargetPort() == null) {
                port.setTargetPort(new IntOrString(port.getPort()));
            }
        }
    }

    private static void addFinalizer(HasMetadata object, String finalizer) {
        if (!object.getMetadata().getFinalizers().contains(finalizer)) {
            List<String> finalizers = new ArrayList<>(object.getMetadata().getFinalizers());
            finalizers.add(finalizer);
            object.getMetadata().setFinalizers(finalizers);
        }
    }
}
