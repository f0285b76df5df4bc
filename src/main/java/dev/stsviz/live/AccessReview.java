package dev.stsviz.live;

import dev.stsviz.cluster.ClusterActions.Verb;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this user may do, asked of the API server once per connection with SelfSubjectAccessReviews (as
 * {@code kubectl auth can-i} does), for the requests behind the window's buttons. Until an answer arrives, or if
 * the server cannot answer, a verb counts as allowed: the request itself then says Forbidden in kubectl's words.
 */
final class AccessReview {
    /** The request each action sends: verb, API group, resource, subresource, namespaced. */
    private record Request(String verb, String group, String resource, String subresource, boolean namespaced) {
        String text() {
            return verb + " " + resource + (subresource.isEmpty() ? "" : "/" + subresource) + (group.isEmpty() ? "" : "." + group);
        }
    }

    private static final Map<Verb, Request> REQUESTS = new EnumMap<>(Map.of(
            // fabric8's scale() reads and replaces the scale subresource
            Verb.SCALE, new Request("update", "apps", "statefulsets", "scale", true),
            Verb.DELETE_POD, new Request("delete", "", "pods", "", true),
            Verb.CORDON_NODE, new Request("patch", "", "nodes", "", false)));

    private final Map<Verb, Boolean> answers = new ConcurrentHashMap<>();

    /** Blocking: one request per verb; run it off the FX thread. Errors leave the verb's answer unknown. */
    void review(KubernetesClient client, String namespace) {
        for (Map.Entry<Verb, Request> entry : REQUESTS.entrySet()) {
            Request r = entry.getValue();
            try {
                SelfSubjectAccessReview review = client.authorization().v1().selfSubjectAccessReview().create(
                        new SelfSubjectAccessReviewBuilder().withNewSpec().withNewResourceAttributes()
                                .withVerb(r.verb()).withGroup(r.group()).withResource(r.resource())
                                .withSubresource(r.subresource()).withNamespace(r.namespaced() ? namespace : null)
                                .endResourceAttributes().endSpec().build());
                if (review != null && review.getStatus() != null && review.getStatus().getAllowed() != null) {
                    answers.put(entry.getKey(), review.getStatus().getAllowed());
                }
            } catch (RuntimeException unanswered) {
                // an old server, a mock, or no network: the action's own request will tell
            }
        }
    }

    boolean allows(Verb verb) {
        return answers.getOrDefault(verb, Boolean.TRUE);
    }

    /** The refused requests in kubectl's words, e.g. "patch nodes", in a stable order. */
    List<String> refused() {
        List<String> refused = new ArrayList<>();
        for (Verb verb : Verb.values()) {
            Request r = REQUESTS.get(verb);
            if (r != null && Boolean.FALSE.equals(answers.get(verb))) {
                refused.add(r.text());
            }
        }
        return refused;
    }
}
