package org.studiopaths.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;

/** Walks a scene graph for the controls a person can operate, as the controls audit sees them. */
final class UiWalk {

    private UiWalk() {
    }

    /**
     * The visible, enabled controls a person operates (buttons of every kind, combo and choice boxes, sliders,
     * spinners, text fields) under {@code root}, in scene-graph order. The parts of such a control (a spinner's
     * editor) are not listed apart from it.
     */
    static List<Control> operable(Node root) {
        List<Control> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node n, List<Control> found) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (isOperable(n)) {
            found.add((Control) n);
            return;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    static boolean isOperable(Node n) {
        return n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>
                || n instanceof Slider || n instanceof Spinner<?> || n instanceof TextInputControl;
    }

    /** Says what it does: a tooltip with words, or for a text field a prompt text. */
    static boolean explained(Control c) {
        Tooltip t = c.getTooltip();
        if (t != null && t.getText() != null && !t.getText().isBlank()) {
            return true;
        }
        return c instanceof TextInputControl text && text.getPromptText() != null && !text.getPromptText().isBlank();
    }

    /** How a person would name the control in a report: its kind and its text or id. */
    static String describe(Control c) {
        String text = c instanceof Labeled l ? l.getText() : null;
        if ((text == null || text.isBlank()) && c.getAccessibleText() != null) {
            text = c.getAccessibleText();
        }
        if ((text == null || text.isBlank()) && c.getId() != null) {
            text = "#" + c.getId();
        }
        return c.getClass().getSimpleName() + " \"" + (text == null ? "" : text) + "\"";
    }

    /** The operable control {@code n} belongs to (itself, or a spinner around its editor), or null. */
    static Control owner(Node n) {
        Control outer = null;
        for (Node p = n; p != null; p = p.getParent()) {
            if (isOperable(p)) {
                outer = (Control) p;
            }
        }
        return outer;
    }
}
