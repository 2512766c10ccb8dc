package org.studiopaths.ui.shortcuts;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.studiopaths.ui.Overlay;

/** The keys sheet ({@code ?} or Ctrl+/): {@link Shortcuts#ALL} grouped, each key drawn as a key cap. */
public final class ShortcutsSheet {

    private ShortcutsSheet() {
    }

    /** Shows the sheet over the window of {@code owner}; Escape or Close hides it. */
    public static Overlay show(Node owner) {
        VBox card = new VBox(14);
        card.setId("shortcuts-sheet");
        card.setPrefWidth(560);
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("title-2");
        card.getChildren().add(title);
        for (String group : new String[] {Shortcuts.PLAYBACK, Shortcuts.EDITING, Shortcuts.EVERYWHERE}) {
            Label heading = new Label(group);
            heading.getStyleClass().addAll("text-muted", "text-bold");
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(6);
            ColumnConstraints keys = new ColumnConstraints(150);
            keys.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
            int row = 0;
            for (Shortcuts.Shortcut s : Shortcuts.ALL) {
                if (s.group().equals(group)) {
                    Label key = new Label(s.keys());
                    key.getStyleClass().add("key-cap");
                    grid.addRow(row++, key, new Label(s.action()));
                }
            }
            card.getChildren().addAll(heading, grid);
        }
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setTooltip(new Tooltip("Close this list (Escape)"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        card.getChildren().add(new HBox(grow, close));
        Overlay overlay = Overlay.show(owner, card);
        close.setOnAction(e -> overlay.close());
        close.requestFocus();
        return overlay;
    }
}
