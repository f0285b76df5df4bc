package dev.stsviz.sim.apiserver;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Timestamps;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;

import java.time.Instant;
import java.util.TreeMap;

/**
 * Records core/v1 Events the way client-go's recorder and event correlator do: an identical event (same
 * source, object, type, reason and message) bumps count and lastTimestamp instead of creating a new one.
 * Names follow {@code <object>.<hex unix nanos>} ({@code client-go/tools/record/event.go}). Events expire
 * after the API server's one-hour TTL.
 */
public final class EventRecorder {
    private static final long EVENT_TTL_MILLIS = 60 * 60 * 1000L;
    private final ApiServer api;
    private final TreeMap<String, String> nameByKey = new TreeMap<>();

    public EventRecorder(ApiServer api) {
        this.api = api;
    }

    public void normal(HasMetadata object, String component, String reason, String message) {
        record(object, component, null, "Normal", reason, message);
    }

    public void warning(HasMetadata object, String component, String reason, String message) {
        record(object, component, null, "Warning", reason, message);
    }

    public void record(HasMetadata object, String component, String host, String type, String reason, String message) {
        String namespace = object.getMetadata().getNamespace() == null ? "default" : object.getMetadata().getNamespace();
        String key = component + "|" + object.getKind() + "|" + namespace + "|" + object.getMetadata().getName() + "|"
                + object.getMetadata().getUid() + "|" + type + "|" + reason + "|" + message;
        Instant now = api.engine().now();
        String stamp = Timestamps.format(now);
        String existingName = nameByKey.get(key);
        if (existingName != null) {
            Event existing = api.get(Event.class, Kinds.EVENT, namespace, existingName);
            if (existing != null) {
                Event bumped = new EventBuilder(existing)
                        .withCount(existing.getCount() == null ? 2 : existing.getCount() + 1)
                        .withLastTimestamp(stamp)
                        .build();
                api.update(bumped);
                return;
            }
        }
        String name = object.getMetadata().getName() + "." + Long.toHexString(now.getEpochSecond() * 1_000_000_000L
                + now.getNano() + api.resourceVersion());
        Event event = new EventBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder()
                        .withKind(object.getKind())
                        .withApiVersion(object.getApiVersion())
                        .withNamespace(object.getMetadata().getNamespace())
                        .withName(object.getMetadata().getName())
                        .withUid(object.getMetadata().getUid())
                        .withResourceVersion(object.getMetadata().getResourceVersion())
                        .build())
                .withType(type)
                .withReason(reason)
                .withMessage(message)
                .withCount(1)
                .withFirstTimestamp(stamp)
                .withLastTimestamp(stamp)
                .withNewSource().withComponent(component).withHost(host).endSource()
                .withReportingComponent(component)
                .build();
        api.create(event);
        nameByKey.put(key, name);
        api.engine().schedule(EVENT_TTL_MILLIS, dev.stsviz.sim.engine.Priority.API, "event-ttl " + name, () -> {
            if (api.get(Event.class, Kinds.EVENT, namespace, name) != null) {
                api.delete(Kinds.EVENT, namespace, name);
            }
            nameByKey.remove(key, name);
        });
    }
}
