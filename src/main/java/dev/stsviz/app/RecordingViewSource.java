package dev.stsviz.app;

import dev.stsviz.cluster.history.RecordingSource;
import dev.stsviz.view.ViewSource;

/**
 * What the window shows of a recording: the recorded history on the time strip with play / pause / speed, a console
 * that answers from the moment shown, and no way to change anything (there is no cluster behind it).
 */
public final class RecordingViewSource {
    private RecordingViewSource() {
    }

    /** @param opener opens another recording in the window (File › Open recording…); null where there is no window to switch */
    static ViewSource of(RecordingSource recording, WindowRecordings.Opener opener) {
        var header = recording.recording().header();
        var console = PastConsole.atMoment(recording, "error: a recording cannot be changed",
                RecordingHeaders.printsVolumeAttributesClass(header));
        return new ViewSource(recording, null, console, null, null, recording,
                new WindowRecordings(recording, () -> header, opener));
    }

    /** A recording shown without a window around it to switch sources (headless renders, exports). */
    public static ViewSource of(RecordingSource recording) {
        return of(recording, null);
    }
}
