package dev.stsviz.cluster.history;

import java.util.LinkedHashMap;
import java.util.Map;

/** The decompressed JSON of the few chunks read last: a scrub reads many entries from the same chunks. */
final class ChunkCache {
    private final Map<Chunk, byte[]> recent;

    ChunkCache(int size) {
        recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Chunk, byte[]> eldest) {
                return size() > size;
            }
        };
    }

    byte[] json(Chunk chunk) {
        return recent.computeIfAbsent(chunk, Chunk::inflate);
    }

    void clear() {
        recent.clear();
    }
}
