package dev.stsviz.console;

import dev.stsviz.cluster.Dns;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** dig's output for an SRV question, sections as the chapter shows them (fields separated by spaces). */
final class DigFormat {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    static String format(Dns.Answer answer, String query, int id, Instant now) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n; <<>> DiG 9.9.5-3ubuntu0.2-Ubuntu <<>> ").append(query).append('\n');
        sb.append(";; global options: +cmd\n;; Got answer:\n");
        sb.append(";; ->>HEADER<<- opcode: QUERY, status: ").append(answer.found() ? "NOERROR" : "NXDOMAIN")
                .append(", id: ").append(id).append('\n');
        sb.append(";; flags: qr aa rd ra; QUERY: 1, ANSWER: ").append(answer.srv().size())
                .append(", AUTHORITY: 0, ADDITIONAL: ").append(answer.additional().size()).append("\n\n");
        sb.append(";; QUESTION SECTION:\n;").append(answer.question()).append(" IN SRV\n\n");
        if (answer.found()) {
            sb.append(";; ANSWER SECTION:\n");
            for (Dns.SrvRecord r : answer.srv()) {
                sb.append(answer.question()).append(' ').append(Dns.TTL).append(" IN SRV ").append(r.priority()).append(' ')
                        .append(r.weight()).append(' ').append(r.port()).append(' ').append(r.target()).append('\n');
            }
            sb.append("\n;; ADDITIONAL SECTION:\n");
            for (Dns.ARecord a : answer.additional()) {
                sb.append(a.name()).append(' ').append(Dns.TTL).append(" IN A ").append(a.ip()).append('\n');
            }
            sb.append('\n');
        }
        sb.append(";; Query time: 0 msec\n;; SERVER: 10.96.0.10#53(10.96.0.10)\n");
        sb.append(";; WHEN: ").append(WHEN.format(now)).append('\n');
        sb.append(";; MSG SIZE  rcvd: ").append(60 + 90 * answer.srv().size()).append("\n\n");
        return sb.toString();
    }

    private DigFormat() {
    }
}
