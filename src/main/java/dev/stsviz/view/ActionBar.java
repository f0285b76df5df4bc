package dev.stsviz.view;

import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.SimulatedCluster;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The actions: scale the StatefulSet, delete / force delete the selected pod, disconnect / reconnect / cordon /
 * uncordon the selected node, add a node, reset. Every action runs in the background and reports back.
 * <p>The groups wrap to a new row when the window is narrow or the presentation scale is large: a label is never
 * cut to "…".
 */
final class ActionBar extends FlowPane {
    private final ClusterActions actions;
    /** The namespace every pod and StatefulSet action works in: the source's. */
    private final String namespace;
    private final SimulatedCluster sim;
    private final String liveTarget;
    private final java.util.function.BiFunction<String, String, String> faultPreview;
    private final ActionRunner background;
    private final Consumer<String> report;
    private final Supplier<Selection> selection;
    /** kubectl takes any replica count; a low maximum would show a big set's 400 as the maximum instead. */
    static final int MAX_REPLICAS = 100_000;
    private final Spinner<Integer> replicas = new Spinner<>(0, MAX_REPLICAS, 2);
    private final Button deletePod = button("delete-pod", Texts.get("action.delete"), Texts.get("action.delete.tip"));
    private final Button forceDelete = button("force-delete", Texts.get("action.force"), Texts.get("action.force.tip"));
    private final Button disconnect = button("disconnect", Texts.get("action.disconnect"), Texts.get("action.disconnect.tip"));
    private final Button reconnect = button("reconnect", Texts.get("action.reconnect"), Texts.get("action.reconnect.tip"));
    private final Button cordon = button("cordon", Texts.get("action.cordon"), Texts.get("action.cordon.tip"));
    private final Button uncordon = button("uncordon", Texts.get("action.uncordon"), Texts.get("action.uncordon.tip"));
    private final Button scale = button("scale", Texts.get("action.scale"), Texts.get("action.scale.tip"));
    private final Button scaleDown = button("scale-down", "−", Texts.get("action.scaleDown.tip"));
    private final Button scaleUp = button("scale-up", "+", Texts.get("action.scaleUp.tip"));
    /** Cordon, uncordon, add node, reset: in the bar, or behind "⋯" when the bar must stay one row (projector mode). */
    private final HBox lessUsed = group();
    private final javafx.scene.control.MenuButton more = new javafx.scene.control.MenuButton("⋯");
    private String setName = "kubia";
    private Selection selected;
    /** Add node and reset: the simulator's own writes, not through the source's actions. */
    private final java.util.List<Button> simulatorWrites = new java.util.ArrayList<>();
    /** The window shows the past: every write is off (the source refuses them too). */
    private boolean past;
    /** Which fault action applies to a node; null: both are offered. */
    private NodeConnection connection;

    /** @param sim null on a live cluster; @param liveTarget what confirmations name on a live cluster */
    ActionBar(ClusterActions actions, String namespace, SimulatedCluster sim, String liveTarget,
              java.util.function.BiFunction<String, String, String> faultPreview, ActionRunner background,
              Consumer<String> report, Supplier<Selection> selection) {
        super(12, 4);
        this.actions = actions;
        this.namespace = namespace;
        this.sim = sim;
        this.liveTarget = liveTarget;
        this.faultPreview = faultPreview;
        this.background = background;
        this.report = report;
        this.selection = selection;
        getStyleClass().add("action-bar");
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(javafx.geometry.VPos.CENTER);
        replicas.setId("replicas");
        replicas.setEditable(true);
        scale.setOnAction(e -> scaleTo(replicas.getValue()));
        scaleDown.setOnAction(e -> scaleBy(-1));
        scaleUp.setOnAction(e -> scaleBy(1));
        deletePod.setOnAction(e -> deleteSelectedPod(false));
        forceDelete.setOnAction(e -> deleteSelectedPod(true));
        disconnect.setOnAction(e -> onSelectedNode("disconnected", actions::disconnectNode));
        reconnect.setOnAction(e -> onSelectedNode("reconnected", actions::reconnectNode));
        cordon.setOnAction(e -> onSelectedNode("cordoned", actions::cordon));
        uncordon.setOnAction(e -> onSelectedNode("uncordoned", actions::uncordon));
        Button addNode = button("add-node", Texts.get("action.addNode"), Texts.get("action.addNode.tip"));
        addNode.setOnAction(e -> background.run(sim::addNode, n -> report.accept("node/" + n + " added"), report));
        Button reset = button("reset", Texts.get("action.reset"), Texts.get("action.reset.tip"));
        reset.setOnAction(e -> background.run(() -> {
            sim.reset();
            return "simulation reset";
        }, report, report));
        replicas.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(group(scaleDown, replicas, scaleUp, scale), group(deletePod, forceDelete),
                group(disconnect, reconnect), lessUsed, more);
        lessUsed.getChildren().addAll(cordon, uncordon);
        if (sim != null) {
            lessUsed.getChildren().addAll(addNode, reset); // only the simulator can grow a node or start over
            simulatorWrites.addAll(java.util.List.of(addNode, reset));
        }
        more.setId("more-actions");
        more.setTooltip(new Tooltip(Texts.get("action.more.tip")));
        more.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.Node n : lessUsed.getChildren()) {
            Button b = (Button) n;
            MenuItem item = new MenuItem(b.getText());
            item.setId(b.getId() + "-item");
            item.disableProperty().bind(b.disableProperty());
            item.setOnAction(e -> b.fire());
            more.getItems().add(item);
        }
        compact(false);
        selectionChanged(null);
    }

    /** Compact: the less-used actions move into the "⋯" menu. */
    void compact(boolean on) {
        lessUsed.setVisible(!on);
        lessUsed.setManaged(!on);
        more.setVisible(on);
        more.setManaged(on);
    }

    /** Controls that belong together stay on one row; the bar wraps between groups. */
    static HBox group(javafx.scene.Node... controls) {
        HBox group = new HBox(6, controls);
        group.setAlignment(Pos.CENTER_LEFT);
        group.setMinWidth(Region.USE_PREF_SIZE);
        group.getStyleClass().add("bar-group");
        return group;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE); // never "…": the bar wraps instead
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /**
     * Enables what applies to the selection and what this user may do (a live cluster's access review arrives
     * after connecting, so the window calls this again on every pulse that changed something).
     */
    void selectionChanged(Selection s) {
        selected = s;
        boolean pod = s != null && Kinds.POD.equals(s.kind());
        boolean node = s != null && Kinds.NODE.equals(s.kind());
        enable(deletePod, pod, ClusterActions.Verb.DELETE_POD);
        enable(forceDelete, pod, ClusterActions.Verb.DELETE_POD);
        // Disconnect only what is connected, Reconnect only what is cut off (both when that is not known)
        NodeConnection.State link = linkOf(s);
        enable(disconnect, node && link != NodeConnection.State.DISCONNECTED, ClusterActions.Verb.NODE_FAULT);
        enable(reconnect, node && link != NodeConnection.State.CONNECTED, ClusterActions.Verb.NODE_FAULT);
        enable(cordon, node, ClusterActions.Verb.CORDON_NODE);
        enable(uncordon, node, ClusterActions.Verb.CORDON_NODE);
        for (Button b : new Button[] {scale, scaleDown, scaleUp}) {
            enable(b, true, ClusterActions.Verb.SCALE);
        }
        // the count to scale to is a write too; disabled, it cannot hold the focus and take the time strip's keys
        replicas.setDisable(past);
        for (Button b : simulatorWrites) {
            b.setDisable(past);
            b.setAccessibleHelp(past ? Texts.get("past.why") : null);
        }
    }

    /** While the past is shown every write is off, and says why. */
    void pastShown(boolean shown) {
        past = shown;
        selectionChanged(selected);
    }

    /** Tells the bar which nodes are cut off; called once by the window. */
    void nodeConnection(NodeConnection nodes) {
        connection = nodes;
        selectionChanged(selected);
    }

    private NodeConnection.State linkOf(Selection s) {
        return s == null || !Kinds.NODE.equals(s.kind()) || connection == null ? NodeConnection.State.UNKNOWN
                : connection.of(s.name());
    }

    void refreshPermissions() {
        selectionChanged(selected);
    }

    private void enable(Button button, boolean applies, ClusterActions.Verb verb) {
        boolean allowed = !past && actions.allowed(verb);
        button.setDisable(!applies || !allowed);
        // a disabled button shows no tooltip: say why on the button's accessible text instead
        button.setAccessibleHelp(allowed ? null : Texts.get(past ? "past.why" : "action.notAllowed"));
    }

    void showReplicas(StatefulSet set) {
        if (set != null && set.getSpec().getReplicas() != null && !replicas.isFocused()) {
            setName = set.getMetadata().getName();
            replicas.getValueFactory().setValue(set.getSpec().getReplicas());
        }
    }

    void scaleBy(int delta) {
        scaleTo(Math.max(0, replicas.getValue() + delta));
    }

    void scaleTo(int n) {
        replicas.getValueFactory().setValue(n);
        String name = setName;
        if (!confirmLive(Texts.get("confirm.scale", name, Integer.toString(n)))) {
            return;
        }
        background.run(() -> {
            actions.scale(namespace, name, n);
            return "statefulset.apps/" + name + " scaled to " + n;
        }, report, report);
    }

    void deleteSelectedPod(boolean force) {
        Selection s = selection.get();
        if (s == null || !Kinds.POD.equals(s.kind())) {
            return;
        }
        if (force && !confirmForce(s.name())) {
            return;
        }
        if (!force && !confirmLive(Texts.get("confirm.delete", s.name()))) {
            return;
        }
        background.run(() -> {
            if (force) {
                actions.forceDeletePod(namespace, s.name());
                return "pod \"" + s.name() + "\" force deleted";
            }
            actions.deletePod(namespace, s.name());
            return "pod \"" + s.name() + "\" deleted";
        }, report, report);
    }

    private boolean confirmForce(String pod) {
        return DestructiveDialog.confirm(Texts.get("confirm.force.title", pod),
                liveTarget == null ? Texts.get("confirm.force.sim", pod) : Texts.get("confirm.force.live", pod, liveTarget),
                Texts.get("confirm.force.warning"), Texts.get("confirm.force.button"));
    }

    private void onSelectedNode(String verb, Consumer<String> action) {
        Selection s = selection.get();
        if (s == null || !Kinds.NODE.equals(s.kind())) {
            return;
        }
        String what = "Node " + s.name() + ": " + verb.replace("ed", "");
        if (faultPreview != null && (verb.equals("disconnected") || verb.equals("reconnected"))) {
            // the exact command that will run on this machine, before it runs
            what += "\n\nruns: " + faultPreview.apply(verb.replace("ed", ""), s.name());
        }
        boolean cutsNode = verb.equals("disconnected");
        if (cutsNode && liveTarget != null
                ? !DestructiveDialog.confirm(Texts.get("confirm.live.title", liveTarget), Texts.get("confirm.disconnect", s.name(), liveTarget),
                        what + "\n\n" + Texts.get("confirm.live.changes", liveTarget), Texts.get("confirm.disconnect.button"))
                : !confirmLive(what)) {
            return;
        }
        background.run(() -> {
            action.accept(s.name());
            return "node/" + s.name() + " " + verb;
        }, done -> {
            report.accept(done);
            refreshPermissions(); // a paused simulator publishes nothing new: offer the other fault action now
        }, report);
    }

    /** On a live cluster every write is confirmed, naming the context and namespace it hits. */
    private boolean confirmLive(String what) {
        if (liveTarget == null) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, what + "\n\n" + Texts.get("confirm.live.changes", liveTarget),
                ButtonType.CANCEL, ButtonType.OK);
        alert.setTitle(Texts.get("confirm.live.title", liveTarget));
        alert.setHeaderText(Texts.get("confirm.live.header", what, liveTarget));
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    private MenuItem nodeItem(String key, Selection s, String verb, Consumer<String> action, boolean doesNotApply) {
        MenuItem item = new MenuItem(Texts.get(key, s.name()));
        item.setOnAction(e -> onSelectedNode(verb, action));
        item.setDisable(doesNotApply);
        return item;
    }

    /** The same actions on a right-click. */
    ContextMenu menuFor(Selection s) {
        ContextMenu menu = new ContextMenu();
        if (Kinds.POD.equals(s.kind())) {
            MenuItem delete = new MenuItem(Texts.get("menu.delete", s.name()));
            delete.setOnAction(e -> deleteSelectedPod(false));
            MenuItem force = new MenuItem(Texts.get("menu.force", s.name()));
            force.setOnAction(e -> deleteSelectedPod(true));
            menu.getItems().addAll(delete, force);
        } else if (Kinds.NODE.equals(s.kind())) {
            NodeConnection.State link = linkOf(s);
            menu.getItems().addAll(
                    nodeItem("menu.disconnect", s, "disconnected", actions::disconnectNode, link == NodeConnection.State.DISCONNECTED),
                    nodeItem("menu.reconnect", s, "reconnected", actions::reconnectNode, link == NodeConnection.State.CONNECTED),
                    nodeItem("menu.cordon", s, "cordoned", actions::cordon, false),
                    nodeItem("menu.uncordon", s, "uncordoned", actions::uncordon, false));
        } else {
            return null;
        }
        if (past) { // the same writes as the bar's, off while the past is shown
            menu.getItems().forEach(item -> item.setDisable(true));
        }
        return menu;
    }
}
