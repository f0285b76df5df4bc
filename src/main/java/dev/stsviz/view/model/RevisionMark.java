package dev.stsviz.view.model;

/** Where a pod stands against its StatefulSet's {@code status.updateRevision}, in words (never colour alone). */
public enum RevisionMark {
    /** At the update revision while an update is under way: already replaced. */
    NEW("new"),
    /** Not at the update revision: still runs the old template (below a partition, for good). */
    OLD("old"),
    /** At the update revision and nothing is rolling out: every pod is current. */
    CURRENT(""),
    /** No revision label, or no StatefulSet to compare with. */
    UNKNOWN("");

    private final String text;

    RevisionMark(String text) {
        this.text = text;
    }

    /** "new", "old", or empty when there is nothing to contrast. */
    public String text() {
        return text;
    }

    /**
     * The mark of a pod whose {@code controller-revision-hash} is {@code revision}, in a set at {@code currentRevision}
     * rolling to {@code updateRevision} (the two are equal when no update is under way).
     */
    public static RevisionMark of(String revision, String currentRevision, String updateRevision) {
        if (revision == null || updateRevision == null || updateRevision.isEmpty()) {
            return UNKNOWN;
        }
        if (!revision.equals(updateRevision)) {
            return OLD;
        }
        return updateRevision.equals(currentRevision) ? CURRENT : NEW;
    }

    /**
     * A ControllerRevision's name is {@code <set>-<hash>}: the hash's first five characters, enough to tell two
     * revisions apart at a glance. Null stays null.
     */
    public static String shortHash(String revisionName) {
        if (revisionName == null) {
            return null;
        }
        String hash = revisionName.substring(revisionName.lastIndexOf('-') + 1);
        return hash.length() <= 5 ? hash : hash.substring(0, 5);
    }
}
