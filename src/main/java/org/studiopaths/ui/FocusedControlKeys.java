package org.studiopaths.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space and Enter are the screens' play and back-to-start keys, and also what presses a button. A button reached
 * with Tab gets them (so every button works from the keyboard); one that only has the focus because it was
 * clicked does not (so Space still plays after a click, as in any music program).
 */
public final class FocusedControlKeys {

    private FocusedControlKeys() {
    }

    /** Whether {@code e} should go to the focused control rather than to the screen's shortcuts. */
    public static boolean belongToFocusedControl(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE && e.getCode() != KeyCode.ENTER) {
            return false;
        }
        return e.getTarget() instanceof Node n && n.isFocusVisible()
                && (n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>);
    }
}
