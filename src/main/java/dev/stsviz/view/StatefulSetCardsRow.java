package dev.stsviz.view;

import dev.stsviz.view.model.StatefulSetView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The StatefulSet cards above the node columns, kept by name and updated in place. A namespace with many sets shows
 * the first {@link #SHOWN} and says how many more there are.
 */
final class StatefulSetCardsRow {
    static final int SHOWN = 6;
    private final FlowPane row = new FlowPane(12, 8);
    private final Map<String, StatefulSetCard> cards = new LinkedHashMap<>();
    private final Label more = new Label();
    private List<StatefulSetView> shown = List.of();

    StatefulSetCardsRow() {
        row.getStyleClass().add("sts-cards");
        more.getStyleClass().add("section-title");
    }

    Node node() {
        return row;
    }

    void update(List<StatefulSetView> sets) {
        if (sets == shown) {
            return; // the model keeps the list's instance while no card changed
        }
        shown = sets;
        Map<String, StatefulSetCard> kept = new LinkedHashMap<>();
        List<Node> children = new ArrayList<>();
        for (StatefulSetView set : sets.subList(0, Math.min(SHOWN, sets.size()))) {
            StatefulSetCard card = cards.get(set.name());
            if (card == null) {
                card = new StatefulSetCard(set);
            } else {
                card.update(set);
            }
            kept.put(set.name(), card);
            children.add(card);
        }
        cards.clear();
        cards.putAll(kept);
        if (sets.size() > SHOWN) {
            more.setText("… and " + (sets.size() - SHOWN) + " more StatefulSets");
            children.add(more);
        }
        if (!row.getChildren().equals(children)) {
            row.getChildren().setAll(children);
        }
        row.setVisible(!children.isEmpty());
        row.setManaged(!children.isEmpty());
    }

    /** The width the cards may take (the diagram's): a card wider than that puts its chips below its text. */
    void wrapAt(double width) {
        for (StatefulSetCard card : cards.values()) {
            Insets in = card.getInsets();
            card.setPrefWrapLength(Math.max(100, width - in.getLeft() - in.getRight()));
        }
    }

    /** For tests and screenshots: the card of a set, if shown. */
    StatefulSetCard card(String name) {
        return cards.get(name);
    }
}
