package org.studiopaths.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;

/**
 * A card shown over the whole window with the rest dimmed (the tour, the keys sheet, the rating prompt). Escape
 * closes the card or does what its owner says. While it shows, the screen below gets no keys (Space under the tour
 * must not start playback) and Tab goes round the card's own controls. The window's root must be a
 * {@link StackPane}, as {@link MainWindow}'s is.
 */
public final class Overlay {

    private final StackPane host;
    private final StackPane layer;
    private final Scene scene;
    /** Where the focus was when the card came; it goes back there when the card closes. */
    private final Node focusBefore;
    private final EventHandler<KeyEvent> keys;
    private final ChangeListener<Node> focusTrap;
    private Runnable onEscape = this::close;

    private Overlay(StackPane host, StackPane layer) {
        this.host = host;
        this.layer = layer;
        this.scene = host.getScene();
        this.focusBefore = scene.getFocusOwner();
        // On the scene, not the layer: Escape must work wherever the focus is; only the topmost card answers.
        this.keys = e -> {
            if (e.isConsumed() || !isTopmost()) {
                return;
            }
            if (e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onEscape.run();
            } else if (!inCard(e.getTarget())) {
                e.consume(); // meant for the screen below: it is covered, so it hears nothing
                if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    focusFirst();
                }
            }
        };
        // Tab past the card's last control would land on the screen below: bring the focus round to the card.
        // (Later, not inside the focus change itself, which JavaFX would finish after this one.)
        this.focusTrap = (o, was, now) -> {
            if (now != null && isTopmost() && !inCard(now)) {
                Platform.runLater(() -> {
                    if (isTopmost() && !inCard(scene.getFocusOwner())) {
                        List<Node> stops = stops(layer, new ArrayList<>());
                        // Shift+Tab from the first control goes round to the last, Tab from elsewhere to the first.
                        (stops.isEmpty() ? layer : was == stops.get(0) ? stops.get(stops.size() - 1) : stops.get(0))
                                .requestFocus();
                    }
                });
            }
        };
        scene.addEventFilter(KeyEvent.ANY, keys);
        scene.focusOwnerProperty().addListener(focusTrap);
    }

    /** Shows a card over the window that {@code anyNodeInWindow} is in; Escape closes it unless told otherwise. */
    public static Overlay show(Node anyNodeInWindow, Region card) {
        Parent root = anyNodeInWindow.getScene() == null ? null : anyNodeInWindow.getScene().getRoot();
        if (!(root instanceof StackPane host)) {
            throw new IllegalStateException("an overlay needs a window whose root is a StackPane");
        }
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane layer = new StackPane(card);
        layer.getStyleClass().add("overlay-layer");
        StackPane.setAlignment(card, Pos.CENTER);
        host.getChildren().add(layer);
        Overlay overlay = new Overlay(host, layer);
        card.requestFocus();
        return overlay;
    }

    /** What Escape does instead of closing (usually the same as the card's Skip button). */
    public void setOnEscape(Runnable action) {
        onEscape = action;
    }

    /** Removes the card; closing twice does nothing. */
    public void close() {
        if (!isShowing()) {
            return;
        }
        scene.removeEventFilter(KeyEvent.ANY, keys);
        scene.focusOwnerProperty().removeListener(focusTrap);
        host.getChildren().remove(layer);
        // Else JavaFX puts the focus on the first tab of the window, and Space would press it.
        if (focusBefore != null && focusBefore.getScene() == scene) {
            focusBefore.requestFocus();
        }
    }

    private boolean inCard(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == layer) {
                return true;
            }
        }
        return false;
    }

    private void focusFirst() {
        List<Node> stops = stops(layer, new ArrayList<>());
        (stops.isEmpty() ? layer : stops.get(0)).requestFocus();
    }

    /** The card's controls Tab stops at, in order. */
    private static List<Node> stops(Node n, List<Node> found) {
        if (!n.isVisible() || n.isDisabled()) {
            return found;
        }
        if (n.isFocusTraversable()) {
            found.add(n);
        } else if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                stops(child, found);
            }
        }
        return found;
    }

    private boolean isTopmost() {
        var children = host.getChildren();
        return !children.isEmpty() && children.get(children.size() - 1) == layer;
    }

    public boolean isShowing() {
        return host.getChildren().contains(layer);
    }
}
