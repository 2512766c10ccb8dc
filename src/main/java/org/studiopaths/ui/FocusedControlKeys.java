package org.studiopaths.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Space and Enter are the screens' play and back-to-start keys, and also what presses a button. A button reached
 * from the keyboard (Tab, the arrow keys) gets them, so every button works without a mouse; one that only has the
 * focus because it was clicked does not, so Space still plays after a click, as in any music program.
 * ({@link Node#isFocusVisible()} would say the same, but JavaFX 21 does not set it on Tab from a control.)
 */
public final class FocusedControlKeys {

    private static final Object KEY = FocusedControlKeys.class;

    private boolean lastInputWasPointer = true;
    private boolean focusFromKeyboard;

    private FocusedControlKeys() {
    }

    /** Starts watching how the focus moves in {@code scene}; the window calls it once. */
    public static void install(Scene scene) {
        FocusedControlKeys watch = new FocusedControlKeys();
        scene.getProperties().put(KEY, watch);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            watch.lastInputWasPointer = true;
            watch.focusFromKeyboard = false;
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB || e.getCode().isArrowKey()) {
                watch.lastInputWasPointer = false;
            }
        });
        scene.focusOwnerProperty().addListener((o, was, now) -> watch.focusFromKeyboard = !watch.lastInputWasPointer);
    }

    /**
     * Whether {@code e} should go to the focused control rather than to the screen's shortcuts: Space or Enter on
     * a button, combo box or choice box the keyboard moved to. Always false in a scene not {@linkplain #install
     * watched}.
     */
    public static boolean belongToFocusedControl(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE && e.getCode() != KeyCode.ENTER) {
            return false;
        }
        if (!(e.getTarget() instanceof Node n) || n.getScene() == null
                || !(n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>)) {
            return false;
        }
        return n.getScene().getProperties().get(KEY) instanceof FocusedControlKeys watch && watch.focusFromKeyboard;
    }
}
