package dev.stsviz.view;

import dev.stsviz.view.model.PodIdentity;
import dev.stsviz.view.model.RevisionMark;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/**
 * A pod tile's identity: its stable DNS name, the revision it runs (old / new in words), and its IP, shown when
 * "Show IPs" is on or while a recreated pod's new IP is highlighted (a "new IP" badge and the old one beside it, for
 * a few seconds). The labels are made on first use: a large cluster's tiles below the detailed zoom never build them.
 * The same text is the tile's tooltip, so the IP is a hover away.
 */
final class PodIdentityLines extends VBox {
    private static final List<String> MARK_CLASSES = List.of("revision-new", "revision-old");
    private final IdentityDisplay display;
    private Label dns;
    private Label revision;
    private HBox ipLine;
    private Label ip;
    private Label badge;
    private Label was;
    private Tooltip tooltip;
    private PodIdentity shown;
    private SequentialTransition highlight;

    PodIdentityLines(IdentityDisplay display) {
        this.display = display;
        getStyleClass().add("pod-identity");
        setManaged(false);
        setVisible(false);
    }

    /** Shows this identity (the tile calls it when its pod view changed). */
    void show(PodIdentity identity) {
        shown = identity;
        refresh();
    }

    /** Re-applies the display's options (zoom level, Show IPs) to the same identity. */
    void refresh() {
        PodIdentity id = shown;
        boolean visible = id != null && display.detailed() && (id.dnsName() != null || id.revision() != null || id.ip() != null);
        setVisible(visible);
        setManaged(visible);
        if (tooltip != null) {
            tooltip.setText(describe(id));
        }
        if (!visible) {
            return;
        }
        build();
        dns.setText(dnsText(id.dnsName()));
        show(dns, id.dnsName() != null);
        String hash = id.shortRevision();
        revision.setText(hash == null ? "" : "rev " + hash + (id.revisionMark().text().isEmpty() ? "" : " · " + id.revisionMark().text()));
        revision.getStyleClass().removeAll(MARK_CLASSES);
        if (id.revisionMark() == RevisionMark.NEW || id.revisionMark() == RevisionMark.OLD) {
            revision.getStyleClass().add("revision-" + id.revisionMark().text());
        }
        show(revision, hash != null);
        long left = id.newIp() ? display.highlightLeft(id.uid()) : 0;
        ip.setText("IP " + (id.ip() == null ? "<none>" : id.ip()));
        was.setText(id.previousIp() == null ? "" : Texts.get("identity.was", id.previousIp()));
        highlight(left);
        show(ipLine, display.showIps() || left > 0);
    }

    /** While {@code left} ms remain: the badge, the old IP, and the emphasis; then they fade. */
    private void highlight(long left) {
        if (highlight != null) {
            highlight.stop();
            highlight = null;
        }
        boolean on = left > 0;
        ipLine.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("new-ip"), on);
        badge.setOpacity(1);
        was.setOpacity(1);
        show(badge, on);
        show(was, on);
        if (on) {
            FadeTransition fade = new FadeTransition(Duration.millis(600), badge);
            fade.setToValue(0);
            highlight = new SequentialTransition(new PauseTransition(Duration.millis(Math.max(0, left - 600))), fade);
            highlight.setOnFinished(e -> refresh());
            highlight.play();
        }
    }

    /** The tooltip, made the first time the pointer is over the tile. */
    void installTooltip(Node tile) {
        if (tooltip == null) {
            tooltip = new Tooltip(describe(shown));
            tooltip.setShowDelay(Duration.millis(300));
            Tooltip.install(tile, tooltip);
        }
    }

    private void build() {
        if (dns != null) {
            return;
        }
        dns = new Label();
        dns.getStyleClass().add("pod-dns");
        revision = new Label();
        revision.getStyleClass().add("pod-revision");
        ip = new Label();
        ip.getStyleClass().add("pod-ip");
        badge = new Label(Texts.get("identity.newIp"));
        badge.getStyleClass().add("new-ip-badge");
        was = new Label();
        was.getStyleClass().add("pod-ip-was");
        ipLine = new HBox(4, ip, badge);
        ipLine.setAlignment(Pos.CENTER_LEFT);
        ipLine.getStyleClass().add("pod-ip-line");
        getChildren().addAll(dns, revision, ipLine, was);
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    /** kubia-0.kubia.default / .svc.cluster.local: two short lines keep the tile narrow; the pod's part comes first. */
    static String dnsText(String name) {
        if (name == null) {
            return "";
        }
        int domain = name.indexOf(".svc.");
        return domain < 0 ? name : name.substring(0, domain) + "\n" + name.substring(domain);
    }

    /** The tooltip: every identity detail on its own line. */
    static String describe(PodIdentity id) {
        if (id == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (id.dnsName() != null) {
            text.append("DNS ").append(id.dnsName());
        }
        text.append(text.isEmpty() ? "" : "\n").append("IP ").append(id.ip() == null ? "<none>" : id.ip());
        if (id.previousIp() != null) {
            text.append(" (was ").append(id.previousIp()).append(" before the pod was recreated)");
        }
        if (id.revision() != null) {
            String mark = id.revisionMark().text();
            text.append("\nrevision ").append(id.revision()).append(mark.isEmpty() ? "" : " (" + mark + ")");
        }
        return text.toString();
    }
}
