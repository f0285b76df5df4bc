package dev.stsviz.cluster.history;

/**
 * A recording read back: its header and its history.
 *
 * @param warning null, or one line saying what was left out (e.g. "truncated after line 1,204: opened up to there")
 */
public record Recording(RecordingHeader header, History history, String warning) {
}
