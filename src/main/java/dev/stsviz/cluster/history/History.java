package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.ObjectKey;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a source showed, change by change, each with its time: virtual time on the simulator, the local clock
 * when a live cluster's change was received (watch events carry no server time). Entries are numbered from 0; the
 * <em>moment</em> {@code m} is the state after entries {@code [0, m)}, so moment {@link #end()} is now.
 * <p>
 * Objects are kept compressed in {@link Chunk}s; when the history outgrows its memory budget the oldest chunks are
 * dropped and the state at the cut is kept instead, with a {@link Marker.Kind#CUT} marker where it was cut.
 * Written by one producer thread, read by any; all methods are synchronized (each is short, decoding aside).
 */
public final class History {
    /** What a chapter-sized cluster needs for hours and a 20,000-pod one for half an hour at 20 changes/s. */
    public static final long DEFAULT_BUDGET = 256L << 20;

    private final long budget;
    private final int chunk;
    /** Index of the first entry kept (a multiple of the chunk size); entries before it were dropped. */
    private int start;
    private int end;
    private long[] times = new long[1024];
    private boolean[] deletes = new boolean[1024];
    private int[] keyOf = new int[1024];
    private final List<Chunk> chunks = new ArrayList<>();
    /** The state at {@link #start}: slot per key id (-1: absent then), objects in base chunks. */
    private int[] baseSlot = new int[0];
    private List<Chunk> base = List.of();
    private final KeyIndex keys = new KeyIndex();
    /** The latest version of every object (shared with the source's state), for the markers' comparisons. */
    private final Map<Integer, HasMetadata> latest = new HashMap<>();
    private final List<Marker> markers = new ArrayList<>();
    /** Moments where a batch of changes ended: the "next visible change" steps. */
    private int[] batchEnds = new int[256];
    private int batches;
    private long startMillis = Long.MIN_VALUE;
    private final ChunkCache cache = new ChunkCache(8);

    public History() {
        this(DEFAULT_BUDGET);
    }

    public History(long budgetBytes) {
        this(budgetBytes, Chunk.SIZE);
    }

    /** Small chunks let tests cross chunk boundaries and cuts with a chapter-sized story. */
    History(long budgetBytes, int chunkSize) {
        this.budget = budgetBytes;
        this.chunk = chunkSize;
    }

    /** Appends one batch of changes, all at {@code time} (a time before the last one counts as the last one). */
    public synchronized void record(Instant time, List<ClusterChange> changes) {
        long millis = time.toEpochMilli();
        if (startMillis == Long.MIN_VALUE) {
            startMillis = millis;
        }
        long last = end > start ? times[end - 1 - start] : startMillis;
        millis = Math.max(millis, last);
        boolean first = end == 0; // what the source held when the history began: no news, no markers
        for (ClusterChange change : changes) {
            append(millis, change, first);
        }
        if (!changes.isEmpty()) {
            if (batches == batchEnds.length) {
                batchEnds = Arrays.copyOf(batchEnds, batches * 2);
            }
            batchEnds[batches++] = end;
        }
        if (bytes() > budget) {
            trim();
        }
    }

    private void append(long millis, ClusterChange change, boolean quiet) {
        ObjectKey key = change.key();
        int id = keys.idOf(change.object(), key);
        boolean delete = change.type() == ClusterChange.Type.DELETE;
        Marker marker = Markers.of(end, Instant.ofEpochMilli(millis), latest.get(id), change,
                node -> (Node) latest.get(keys.find(ObjectKey.cluster(Kinds.NODE, node))));
        if (marker != null && !quiet) {
            markers.add(marker);
        }
        if (delete) {
            latest.remove(id);
        } else {
            latest.put(id, change.object());
        }
        int slot = end - start;
        if (slot == times.length) {
            times = Arrays.copyOf(times, slot * 2);
            deletes = Arrays.copyOf(deletes, slot * 2);
            keyOf = Arrays.copyOf(keyOf, slot * 2);
        }
        times[slot] = millis;
        deletes[slot] = delete;
        keyOf[slot] = id;
        keys.changed(id, end);
        if (chunks.isEmpty() || chunks.get(chunks.size() - 1).full()) {
            if (!chunks.isEmpty()) {
                chunks.get(chunks.size() - 1).seal();
            }
            chunks.add(new Chunk(chunk));
        }
        chunks.get(chunks.size() - 1).add(delete ? null : change.object());
        end++;
    }

    /** Forgets everything: the source started over (a new simulation, a new connection). */
    public synchronized void clear() {
        start = 0;
        end = 0;
        chunks.clear();
        base = List.of();
        baseSlot = new int[0];
        keys.clear();
        latest.clear();
        markers.clear();
        batches = 0;
        startMillis = Long.MIN_VALUE;
        cache.clear();
    }

    /** The first moment still kept (0 unless the oldest part was dropped). */
    public synchronized int start() {
        return start;
    }

    /**
     * The earliest moment worth showing: what the source held when its history began (the end of its first batch),
     * or the state at the cut when the oldest part was dropped. Moment 0 itself is an empty cluster.
     */
    public synchronized int firstMoment() {
        return start == 0 && batches > 0 ? batchEnds[0] : start;
    }

    /** The moment after the last change: now. */
    public synchronized int end() {
        return end;
    }

    public synchronized boolean isEmpty() {
        return startMillis == Long.MIN_VALUE;
    }

    /** When moment {@code m} began: the time of the change just before it, or the history's start. */
    public synchronized Instant timeOf(int moment) {
        if (moment <= start || end == start) {
            return Instant.ofEpochMilli(moment <= start && start > 0 ? times[0] : startMillis == Long.MIN_VALUE ? 0 : startMillis);
        }
        return Instant.ofEpochMilli(times[Math.min(moment, end) - 1 - start]);
    }

    public synchronized Instant startTime() {
        return timeOf(start);
    }

    public synchronized Instant endTime() {
        return timeOf(end);
    }

    /** The moment showing the state as it was at {@code time}: every change up to and including that time. */
    public synchronized int momentAt(Instant time) {
        long t = time.toEpochMilli();
        int lo = start;
        int hi = end;
        while (lo < hi) { // the first entry after t
            int mid = (lo + hi) >>> 1;
            if (times[mid - start] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The next batch's end after {@code moment}, or {@link #end()}: "next visible change". */
    public synchronized int nextChange(int moment) {
        int i = Arrays.binarySearch(batchEnds, 0, batches, moment + 1);
        i = i >= 0 ? i : -i - 1;
        return i < batches ? batchEnds[i] : end;
    }

    /** The batch end before {@code moment}, or {@link #start()}. */
    public synchronized int previousChange(int moment) {
        int i = Arrays.binarySearch(batchEnds, 0, batches, moment);
        i = i >= 0 ? i - 1 : -i - 2;
        return i >= 0 && batchEnds[i] >= start ? batchEnds[i] : start;
    }

    public synchronized List<Marker> markers() {
        return List.copyOf(markers);
    }

    /** How many markers there are: a reader asks for {@link #markers()} again only when this changed. */
    public synchronized int markerCount() {
        return markers.size();
    }

    /** Heap held by the history, roughly: compressed objects plus the per-entry indexes. */
    public synchronized long bytes() {
        long total = 17L * (times.length) + 4L * end + 8L * batchEnds.length;
        for (Chunk c : chunks) {
            total += c.bytes();
        }
        for (Chunk c : base) {
            total += c.bytes();
        }
        return total + 64L * keys.size();
    }

    /** Receives what the history keeps, batch by batch (see {@link #forEachBatch}). */
    public interface BatchVisitor {
        /** One batch, all at {@code time}: {@code versions.get(i)} is the new version of {@code keys.key(i)}, null when deleted. */
        void batch(Instant time, List<ObjectKey> keys, List<HasMetadata> versions) throws java.io.IOException;
    }

    /**
     * Visits what the history keeps, oldest first, for saving it: when the oldest part was dropped, first the state
     * at {@link #start()} as one batch of every object then present, then every batch kept with its time. Holds the
     * history's lock throughout (the producer waits), so a save of a long history delays the source a little.
     */
    public synchronized void forEachBatch(BatchVisitor visitor) throws java.io.IOException {
        if (start > 0) {
            List<ObjectKey> baseKeys = new ArrayList<>();
            List<HasMetadata> baseObjects = new ArrayList<>();
            HasMetadata[] then = versionsBefore(start);
            for (int id = 0; id < then.length; id++) {
                if (then[id] != null) {
                    baseKeys.add(keys.key(id));
                    baseObjects.add(then[id]);
                }
            }
            if (!baseKeys.isEmpty()) {
                visitor.batch(timeOf(start), baseKeys, baseObjects);
            }
        }
        int from = start;
        for (int b = 0; b < batches; b++) {
            int to = batchEnds[b];
            if (to <= from) {
                continue; // dropped with the oldest part
            }
            List<ObjectKey> batchKeys = new ArrayList<>(to - from);
            List<HasMetadata> versions = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                int id = keyOf[i - start];
                batchKeys.add(keys.key(id));
                versions.add(versionAt(id, i));
            }
            visitor.batch(Instant.ofEpochMilli(times[from - start]), batchKeys, versions);
            from = to;
        }
    }

    /**
     * What changes between moment {@code from} and moment {@code to}: for each object that differs, its version at
     * {@code to} (null where it did not exist then). Keys in the order first touched.
     */
    synchronized Map<ObjectKey, HasMetadata> delta(int fromMoment, int toMoment) {
        int from = Math.max(start, Math.min(fromMoment, end));
        int to = Math.max(start, Math.min(toMoment, end));
        Map<Integer, Integer> touched = new LinkedHashMap<>(); // key id -> entry index holding its version at `to`
        if (to >= from) {
            for (int i = from; i < to; i++) {
                touched.put(keyOf[i - start], i);
            }
        } else {
            for (int i = to; i < from; i++) {
                touched.putIfAbsent(keyOf[i - start], -1);
            }
            touched.replaceAll((id, ignored) -> entryBefore(id, to));
        }
        int[] ids = new int[touched.size()];
        int[] entries = new int[ids.length];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : touched.entrySet()) {
            ids[k] = e.getKey();
            entries[k++] = e.getValue();
        }
        HasMetadata[] versions = versionsAt(ids, entries);
        Map<ObjectKey, HasMetadata> result = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            result.put(keys.key(ids[i]), versions[i]);
        }
        return result;
    }

    /** Every object present at {@code moment}, in key order. */
    synchronized Map<ObjectKey, HasMetadata> stateAt(int moment) {
        HasMetadata[] versions = versionsBefore(Math.max(start, Math.min(moment, end)));
        Map<ObjectKey, HasMetadata> result = new java.util.TreeMap<>();
        for (int id = 0; id < versions.length; id++) {
            if (versions[id] != null) {
                result.put(keys.key(id), versions[id]);
            }
        }
        return result;
    }

    /** Every key's version at {@code moment}, by key id (null: absent then). */
    private HasMetadata[] versionsBefore(int moment) {
        int[] ids = new int[keys.size()];
        int[] entries = new int[ids.length];
        for (int id = 0; id < ids.length; id++) {
            ids[id] = id;
            entries[id] = entryBefore(id, moment);
        }
        return versionsAt(ids, entries);
    }

    /**
     * The versions of keys {@code ids[i]} held by entries {@code entries[i]} (-1: the base), decoded in storage order
     * so that each chunk is inflated once however many of its objects are needed (in key order, a jump across a big
     * history would inflate a chunk per object).
     */
    private HasMetadata[] versionsAt(int[] ids, int[] entries) {
        long[] order = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            long place = entries[i] >= 0 ? (1L << 31) + entries[i] : ids[i] < baseSlot.length ? Math.max(0, baseSlot[ids[i]]) : 0;
            order[i] = place << 21 | i; // storage order first, then which of the asked it is (fewer than 2M keys)
        }
        Arrays.sort(order);
        HasMetadata[] versions = new HasMetadata[ids.length];
        for (long packed : order) {
            int i = (int) (packed & ((1 << 21) - 1));
            versions[i] = versionAt(ids[i], entries[i]);
        }
        return versions;
    }

    /** The last entry of key {@code id} before moment {@code moment}, or -1 (then the base holds its version). */
    private int entryBefore(int id, int moment) {
        return keys.entryBefore(id, moment, start);
    }

    private HasMetadata versionAt(int id, int entry) {
        if (entry < 0) {
            int slot = id < baseSlot.length ? baseSlot[id] : -1;
            if (slot < 0) {
                return null;
            }
            Chunk holder = base.get(slot / chunk);
            return holder.object(slot % chunk, keys.type(id), cache.json(holder));
        }
        if (deletes[entry - start]) {
            return null;
        }
        Chunk holder = chunks.get((entry - start) / chunk);
        return holder.object((entry - start) % chunk, keys.type(id), holder.isSealed() ? cache.json(holder) : null);
    }

    /** Drops the oldest half of the sealed chunks, keeping the state at the cut as the new base. */
    private void trim() {
        int sealed = chunks.size() - 1;
        if (sealed < 2) {
            return;
        }
        int cut = start + (sealed / 2) * chunk;
        List<Chunk> newBase = new ArrayList<>();
        int[] slots = new int[keys.size()];
        Arrays.fill(slots, -1);
        int n = 0;
        HasMetadata[] atCut = versionsBefore(cut);
        for (int id = 0; id < atCut.length; id++) {
            HasMetadata object = atCut[id];
            if (object != null) {
                if (n % chunk == 0) {
                    if (!newBase.isEmpty()) {
                        newBase.get(newBase.size() - 1).seal();
                    }
                    newBase.add(new Chunk(chunk));
                }
                newBase.get(newBase.size() - 1).add(object);
                slots[id] = n++;
            }
        }
        if (!newBase.isEmpty()) {
            newBase.get(newBase.size() - 1).seal();
        }
        int dropped = cut - start;
        chunks.subList(0, dropped / chunk).clear();
        times = Arrays.copyOfRange(times, dropped, Math.max(times.length - dropped, 1024));
        deletes = Arrays.copyOfRange(deletes, dropped, Math.max(deletes.length - dropped, 1024));
        keyOf = Arrays.copyOfRange(keyOf, dropped, Math.max(keyOf.length - dropped, 1024));
        base = newBase;
        baseSlot = slots;
        start = cut;
        cache.clear();
        markers.removeIf(m -> m.index() < cut);
        markers.add(0, new Marker(cut, Instant.ofEpochMilli(times[0]), Marker.Kind.CUT,
                "history before this was dropped (memory budget)"));
        // per-key lists keep their old indices: entryBefore ignores those before start
    }
}
