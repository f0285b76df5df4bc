package dev.stsviz.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ObjectKey;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.HistoryCursor;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayList;
import java.util.List;

/**
 * A history written out entry by entry as "time kind/namespace/name JSON" lines (or "deleted"), read back through a
 * cursor walking it one moment at a time: two histories are the same when their lines are.
 */
final class HistoryLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryLines() {
    }

    static List<String> of(History history) {
        HistoryCursor cursor = new HistoryCursor(history);
        ClusterState state = cursor.state();
        long seen = state.revision();
        List<String> lines = new ArrayList<>();
        for (int moment = history.start() + 1; moment <= history.end(); moment++) {
            cursor.moveTo(moment);
            ClusterState.Changes changes = state.changesSince(seen);
            seen = changes.revision();
            for (ObjectKey key : changes.keys()) {
                String object = state.get(HasMetadata.class, key.kind(), key.namespace(), key.name()).map(HistoryLines::json).orElse("deleted");
                lines.add(history.timeOf(moment) + " " + key.kind() + "/" + key.namespace() + "/" + key.name() + " " + object);
            }
        }
        return lines;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
