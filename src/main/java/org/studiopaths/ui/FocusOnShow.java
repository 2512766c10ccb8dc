package org.studiopaths.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a node the focus now, or as soon as it is in a window: a screen built before the window shows it (work
 * restored after a crash opens that way) would otherwise leave the focus on the top bar, and Space would press a
 * tab instead of playing.
 */
public final class FocusOnShow {

    private FocusOnShow() {
    }

    public static void request(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }
}
