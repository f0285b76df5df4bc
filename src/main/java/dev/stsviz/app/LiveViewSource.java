package dev.stsviz.app;

import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.live.LiveSession;
import dev.stsviz.view.ViewSource;

/**
 * What the window shows of a live session: its source as of any moment since connecting, its console (answering
 * from the moment shown, with the app's own printers, while the window shows the past), the target its
 * confirmations name, and saving the history as a recording.
 */
final class LiveViewSource {
    private LiveViewSource() {
    }

    static ViewSource of(LiveSession session) {
        return of(session, null);
    }

    /** @param opener opens a recording in the window in place of the cluster; null where there is no window to switch */
    static ViewSource of(LiveSession session, WindowRecordings.Opener opener) {
        TimeShiftedSource shown = new TimeShiftedSource(session.source());
        var console = PastConsole.of(shown, shown, session.console(), () -> true);
        var recordings = new WindowRecordings(shown, () -> RecordingHeaders.live(session, shown.history().startTime()), opener);
        return new ViewSource(shown, null, console, session.target(), session::faultPreview, shown, recordings);
    }
}
