package dev.stsviz.view;

import dev.stsviz.view.model.PodOwner;
import dev.stsviz.view.model.Workloads.Workload;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The diagram's legend of workloads, shown while the picture holds more than one: a chip per workload with its
 * stripe's colour, its name and its number of pods ("sts/kubia · 3"). A chip is a toggle: off hides that workload's
 * pods (the chip then says "hidden"), so a class can look at the pets or the cattle alone.
 */
final class WorkloadLegend {
    private final FlowPane row = new FlowPane(8, 6);
    private final Label title = new Label(Texts.get("legend.workloads"));
    private final Map<PodOwner, ToggleButton> chips = new LinkedHashMap<>();
    private final Set<PodOwner> hidden = new LinkedHashSet<>();
    private final WorkloadColours colours;
    private final Consumer<Set<PodOwner>> onChange;
    private List<Workload> shown = List.of();

    WorkloadLegend(WorkloadColours colours, Consumer<Set<PodOwner>> onChange) {
        this.colours = colours;
        this.onChange = onChange;
        row.getStyleClass().add("workload-legend");
        row.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        show(false);
    }

    Node node() {
        return row;
    }

    /** The workloads hidden now. */
    Set<PodOwner> hidden() {
        return hidden;
    }

    /** True when the picture holds more than one workload (so tiles name their owners). */
    boolean update(List<Workload> workloads) {
        boolean many = workloads.size() > 1 || !hidden.isEmpty();
        if (workloads.equals(shown)) {
            return many;
        }
        shown = workloads;
        hidden.removeIf(o -> workloads.stream().noneMatch(w -> w.owner().equals(o))); // gone workloads are not hidden
        Map<PodOwner, ToggleButton> kept = new LinkedHashMap<>();
        List<Node> children = new ArrayList<>();
        children.add(title);
        for (Workload w : workloads) {
            ToggleButton chip = chips.get(w.owner());
            if (chip == null) {
                chip = chip(w.owner());
            }
            chip.setUserData(w.pods());
            label(chip, w.owner());
            kept.put(w.owner(), chip);
            children.add(chip);
        }
        chips.clear();
        chips.putAll(kept);
        if (!row.getChildren().equals(children)) {
            row.getChildren().setAll(children);
        }
        show(many);
        return many;
    }

    private ToggleButton chip(PodOwner owner) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("workload-swatch", colours.styleClass(owner));
        ToggleButton chip = new ToggleButton(owner.label(), swatch);
        chip.getStyleClass().add("workload-chip");
        chip.setId("workload-" + owner.label().replace('/', '-').replace(' ', '-'));
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setSelected(!hidden.contains(owner));
        chip.setTooltip(new Tooltip(Texts.get("legend.toggle.tip", owner.label())));
        chip.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                hidden.remove(owner);
            } else {
                hidden.add(owner);
            }
            label(chip, owner);
            onChange.accept(Set.copyOf(hidden));
        });
        return chip;
    }

    private void label(ToggleButton chip, PodOwner owner) {
        int pods = chip.getUserData() instanceof Integer n ? n : 0;
        String text = owner.label() + " · " + pods + (chip.isSelected() ? "" : " " + Texts.get("legend.hidden"));
        if (!text.equals(chip.getText())) {
            chip.setText(text);
        }
    }

    private void show(boolean on) {
        row.setVisible(on);
        row.setManaged(on);
    }

    /** For tests: the chip of a workload, or null. */
    ToggleButton chip(String label) {
        for (Map.Entry<PodOwner, ToggleButton> e : chips.entrySet()) {
            if (e.getKey().label().equals(label)) {
                return e.getValue();
            }
        }
        return null;
    }
}
