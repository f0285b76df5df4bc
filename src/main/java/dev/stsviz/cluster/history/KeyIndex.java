package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ObjectKey;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects a history has seen, each with a small id, its model class (to decode it) and the ascending indices of
 * the entries that changed it: an object's version at any moment is one binary search away. Not thread-safe: the
 * history guards it.
 */
final class KeyIndex {
    private final List<ObjectKey> keys = new ArrayList<>();
    private final List<Class<? extends HasMetadata>> types = new ArrayList<>();
    private final Map<ObjectKey, Integer> ids = new HashMap<>();
    private final List<int[]> entries = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();

    /** The id of {@code object}'s key, given one the first time it is seen. */
    int idOf(HasMetadata object, ObjectKey key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = keys.size();
            ids.put(key, id);
            keys.add(key);
            types.add(object.getClass());
            entries.add(new int[2]);
            counts.add(0);
        }
        return id;
    }

    /** The id of a key already seen, or -1. */
    int find(ObjectKey key) {
        return ids.getOrDefault(key, -1);
    }

    /** Entry {@code entry} changed object {@code id} (entries come in ascending order). */
    void changed(int id, int entry) {
        int n = counts.get(id);
        int[] list = entries.get(id);
        if (n == list.length) {
            list = Arrays.copyOf(list, n * 2);
            entries.set(id, list);
        }
        list[n] = entry;
        counts.set(id, n + 1);
    }

    /** The last entry that changed object {@code id} before moment {@code moment} and not before {@code start}, or -1. */
    int entryBefore(int id, int moment, int start) {
        int[] list = entries.get(id);
        int i = Arrays.binarySearch(list, 0, counts.get(id), moment);
        i = i >= 0 ? i - 1 : -i - 2;
        return i >= 0 && list[i] >= start ? list[i] : -1;
    }

    ObjectKey key(int id) {
        return keys.get(id);
    }

    Class<? extends HasMetadata> type(int id) {
        return types.get(id);
    }

    int size() {
        return keys.size();
    }

    void clear() {
        keys.clear();
        types.clear();
        ids.clear();
        entries.clear();
        counts.clear();
    }
}
