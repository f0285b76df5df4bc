package dev.stsviz.app;

import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.live.LiveSession;
import dev.stsviz.view.ViewSource;

/**
 * What the window shows of a live session: its source as of any moment since connecting, its console, and the
 * target its confirmations name.
 */
final class LiveViewSource {
    private LiveViewSource() {
    }

    static ViewSource of(LiveSession session) {
        return new ViewSource(new TimeShiftedSource(session.source()), null, session.console(), session.target(), session::faultPreview);
    }
}
