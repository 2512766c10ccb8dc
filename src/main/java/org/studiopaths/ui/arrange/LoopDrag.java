package org.studiopaths.ui.arrange;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A loop being dragged from the browser to the timeline. The drag is a JavaFX full press-drag-release gesture
 * (not platform drag-and-drop), so it behaves the same on every desktop and headless.
 */
public final class LoopDrag {

    private final ObjectProperty<LoopInfo> loop = new SimpleObjectProperty<>(this, "loop");

    public ObjectProperty<LoopInfo> loopProperty() {
        return loop;
    }
}
