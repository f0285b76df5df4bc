package dev.stsviz.realcluster;

import java.util.regex.Pattern;

/**
 * The one place that says what may differ between stsviz's output and kubectl's for the same objects a moment
 * apart: ages (a table's AGE column, events' "12s" and "(x3 over 40s)"), the times that move on their own (a
 * node's heartbeats, its lease's renew time) and, since those change a column's width, the padding between
 * columns. Everything else must be identical.
 */
public final class KubectlNormaliser {
    /** kubectl's human durations: 5s, 3m10s, 2d4h, 45m, <invalid>. */
    private static final Pattern AGE = Pattern.compile("(?<![\\w.-])(\\d+[smhdy])(\\d+[smh])?(?![\\w.-])|<invalid>");
    /** RFC 1123 times as describe prints them: Mon, 30 Nov 2026 01:02:03 +0000. */
    private static final String TIME = "[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}";
    private static final Pattern RENEW = Pattern.compile("(RenewTime:\\s+)" + TIME);
    /** A node condition row: Type Status LastHeartbeatTime LastTransitionTime Reason Message; only the heartbeat moves. */
    private static final Pattern HEARTBEAT = Pattern.compile("^(\\s+\\S+\\s+(?:True|False|Unknown)\\s+)" + TIME, Pattern.MULTILINE);
    private static final Pattern PADDING = Pattern.compile(" {2,}");

    private KubectlNormaliser() {
    }

    public static String normalise(String output) {
        String s = output.replace("\r\n", "\n");
        s = RENEW.matcher(s).replaceAll("$1<time>");
        s = HEARTBEAT.matcher(s).replaceAll("$1<time>");
        s = AGE.matcher(s).replaceAll("<age>");
        s = PADDING.matcher(s).replaceAll("  ");
        s = s.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
        return s.strip();
    }
}
