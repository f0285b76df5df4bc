package dev.stsviz.cluster.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The objects of {@link #SIZE} (or a test's size) consecutive history entries. While it fills it holds the objects themselves (shared
 * with the state, never mutated); once full it is sealed: the objects' JSON, deflated together. Consecutive versions
 * of the same objects are nearly identical, so a sealed chunk costs a few dozen bytes per change instead of the
 * ~5 KB a decoded pod takes on the heap.
 */
final class Chunk {
    static final int SIZE = 256;
    private final int size;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One reader per type: building one per object showed in a scrub's profile. */
    private static final java.util.Map<Class<?>, com.fasterxml.jackson.databind.ObjectReader> READERS = new java.util.concurrent.ConcurrentHashMap<>();

    private HasMetadata[] open;
    private byte[] sealed;
    private int[] ends;
    private int count;

    Chunk(int size) {
        this.size = size;
        this.open = new HasMetadata[size];
    }

    void add(HasMetadata object) {
        open[count++] = object;
    }

    boolean full() {
        return count == size;
    }

    boolean isSealed() {
        return sealed != null;
    }

    /** Encodes and compresses the objects, then lets them go. */
    void seal() {
        ByteArrayOutputStream json = new ByteArrayOutputStream(count * 1024);
        ends = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                if (open[i] != null) {
                    JSON.writeValue(json, open[i]);
                }
                ends[i] = json.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(json.toByteArray());
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.size() / 8 + 64);
        byte[] buffer = new byte[16 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        sealed = out.toByteArray();
        open = null;
    }

    /** The decompressed JSON of a sealed chunk (callers cache it: a scrub reads many entries of few chunks). */
    byte[] inflate() {
        int length = count == 0 ? 0 : ends[count - 1];
        byte[] json = new byte[length];
        Inflater inflater = new Inflater();
        inflater.setInput(sealed);
        try {
            int done = 0;
            while (done < length) {
                int n = inflater.inflate(json, done, length - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                done += n;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("history chunk damaged", e);
        } finally {
            inflater.end();
        }
        return json;
    }

    /** Entry {@code slot}'s object, from the open array or decoded from {@code json} (this chunk's inflate()). */
    <T extends HasMetadata> T object(int slot, Class<T> type, byte[] json) {
        if (!isSealed()) {
            return type.cast(open[slot]);
        }
        int from = slot == 0 ? 0 : ends[slot - 1];
        if (ends[slot] == from) {
            return null;
        }
        try {
            return READERS.computeIfAbsent(type, JSON::readerFor).readValue(json, from, ends[slot] - from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Heap this chunk holds, roughly: compressed bytes once sealed, ~5 KB per object while open. */
    long bytes() {
        return isSealed() ? sealed.length + 4L * ends.length + 32 : 5_000L * count;
    }
}
