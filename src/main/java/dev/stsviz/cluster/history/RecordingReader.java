package dev.stsviz.cluster.history;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import static dev.stsviz.cluster.history.RecordingFormat.number;

/**
 * Reads a recording, which may come from anyone: every problem is one line saying what and where, never a stack
 * trace. A file cut short (a recorder that died, a copy that stopped) opens up to its last complete line, with a
 * warning; a malformed line, an oversized line or file, a newer version, a missing header or a file that is not
 * gzip refuse to open.
 */
final class RecordingReader {
    /** Bounds on what a reader accepts, uncompressed: a line, and the whole file. */
    record Limits(int maxLineBytes, long maxTotalBytes) {
        static final Limits DEFAULT = new Limits(64 << 20, 2L << 30);

        String line() {
            return size(maxLineBytes);
        }

        String total() {
            return size(maxTotalBytes);
        }

        private static String size(long bytes) {
            return bytes >= 1L << 30 && bytes % (1L << 30) == 0 ? bytes / (1L << 30) + " GiB"
                    : bytes >= 1L << 20 && bytes % (1L << 20) == 0 ? bytes / (1L << 20) + " MiB" : bytes + " bytes";
        }
    }

    private final Limits limits;
    private byte[] line = new byte[64 * 1024];
    private int length;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long total;

    RecordingReader(Limits limits) {
        this.limits = limits;
    }

    Recording read(Path file) throws RecordingException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            raw.mark(2);
            int b1 = raw.read();
            int b2 = raw.read();
            if (b1 < 0) {
                throw new RecordingException("the file is empty");
            }
            if (b1 != 0x1f || b2 != 0x8b) {
                throw new RecordingException("not a stsviz recording: the file is not gzip-compressed");
            }
            raw.reset();
            GZIPInputStream in;
            try {
                in = new GZIPInputStream(raw, 64 * 1024);
            } catch (EOFException e) {
                throw new RecordingException("the file is cut short inside its gzip header");
            } catch (ZipException e) {
                throw new RecordingException("not a stsviz recording: damaged gzip header (" + RecordingFormat.firstLine(e) + ")");
            }
            return read(in);
        } catch (RecordingException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new RecordingException("no such file");
        } catch (IOException e) {
            throw new RecordingException("cannot read the file: " + RecordingFormat.firstLine(e));
        }
    }

    private Recording read(InputStream in) throws RecordingException {
        RecordingHeader header = null;
        History history = new History();
        long lineNumber = 0;
        String warning = null;
        while (true) {
            boolean complete;
            try {
                complete = nextLine(in, lineNumber + 1);
            } catch (EOFException e) {
                warning = cut("the file is cut short", lineNumber);
                break;
            } catch (ZipException e) {
                warning = cut("the compressed data is damaged (" + RecordingFormat.firstLine(e) + ")", lineNumber);
                break;
            } catch (RecordingException e) {
                throw e;
            } catch (IOException e) {
                warning = cut("reading stopped (" + RecordingFormat.firstLine(e) + ")", lineNumber);
                break;
            }
            if (!complete) {
                if (length > 0) { // the last line lacks its end: the writer stopped in the middle of it
                    warning = cut("the last line is incomplete", lineNumber);
                }
                break;
            }
            lineNumber++;
            try {
                if (header == null) {
                    header = RecordingFormat.readHeader(line, length);
                    history.record(header.start(), List.of());
                } else if (length > 0) {
                    RecordingFormat.Batch batch = RecordingFormat.readBatch(line, length);
                    history.record(batch.time(), batch.changes());
                }
            } catch (RecordingFormat.BadLine e) {
                throw new RecordingException("line " + number(lineNumber) + ": " + e.getMessage());
            }
        }
        if (header == null) {
            throw new RecordingException(lineNumber == 0 && warning == null && length == 0
                    ? "not a stsviz recording: no header line" : "the file is cut short before the end of its header (line 1)");
        }
        return new Recording(header, history, warning);
    }

    private static String cut(String what, long complete) {
        return what + " after line " + number(complete) + ": opened up to there";
    }

    /**
     * Reads the next line into {@link #line} (without its newline). False at the end of the input: {@link #length}
     * then holds what came after the last newline, if anything.
     */
    private boolean nextLine(InputStream in, long lineNumber) throws IOException {
        length = 0;
        while (true) {
            if (pos == limit) {
                int n = in.read(buffer);
                if (n < 0) {
                    return false;
                }
                pos = 0;
                limit = n;
            }
            int end = pos;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int take = end - pos;
            total += take + (end < limit ? 1 : 0);
            if (total > limits.maxTotalBytes()) {
                throw new RecordingException("line " + number(lineNumber) + ": the recording is larger than " + limits.total()
                        + " uncompressed (the limit)");
            }
            if ((long) length + take > limits.maxLineBytes()) {
                throw new RecordingException("line " + number(lineNumber) + ": longer than " + limits.line() + " (the limit for one line)");
            }
            if (length + take > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, (long) length + take), limits.maxLineBytes()));
            }
            System.arraycopy(buffer, pos, line, length, take);
            length += take;
            pos = end;
            if (end < limit) { // the newline
                pos++;
                return true;
            }
        }
    }
}
