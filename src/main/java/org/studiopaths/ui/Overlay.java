package org.studiopaths.ui;

import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A card shown over the whole window with the rest dimmed (the tour, the keys sheet, the rating prompt). Escape
 * closes the card or does what its owner says. The window's root must be a {@link StackPane}, as {@link MainWindow}'s is.
 */
public final class Overlay {

    private final StackPane host;
    private final StackPane layer;
    private final EventHandler<KeyEvent> escape;
    private Runnable onEscape = this::close;

    private Overlay(StackPane host, StackPane layer) {
        this.host = host;
        this.layer = layer;
        // On the scene, not the layer: Escape must work wherever the focus is; only the topmost card answers.
        this.escape = e -> {
            if (e.getCode() == KeyCode.ESCAPE && isTopmost()) {
                e.consume();
                onEscape.run();
            }
        };
        host.getScene().addEventFilter(KeyEvent.KEY_PRESSED, escape);
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
        if (host.getScene() != null) {
            host.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
        host.getChildren().remove(layer);
    }

    private boolean isTopmost() {
        var children = host.getChildren();
        return !children.isEmpty() && children.get(children.size() - 1) == layer;
    }

    public boolean isShowing() {
        return host.getChildren().contains(layer);
    }
}
