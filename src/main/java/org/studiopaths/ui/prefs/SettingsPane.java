package org.studiopaths.ui.prefs;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.studiopaths.ui.Overlay;

import java.nio.file.Path;

/** The settings card: theme and text size, applied at once and remembered; and where the app keeps its data. */
public final class SettingsPane {

    private SettingsPane() {
    }

    public static Overlay show(Node owner, Prefs prefs, Path dataFolder) {
        VBox card = new VBox(14);
        card.setId("settings-pane");
        card.setPrefWidth(480);
        Label title = new Label("Settings");
        title.getStyleClass().add("title-2");

        ToggleGroup themes = new ToggleGroup();
        HBox themeRow = new HBox();
        for (Settings.Theme t : Settings.Theme.values()) {
            ToggleButton b = new ToggleButton(t == Settings.Theme.DARK ? "Dark" : "Light");
            b.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(themes);
            b.setSelected(prefs.get().theme() == t);
            b.getStyleClass().add(t == Settings.Theme.DARK ? "left-pill" : "right-pill");
            b.setPrefWidth(100);
            b.setTooltip(new Tooltip((t == Settings.Theme.DARK ? "Light text on dark" : "Dark text on light")
                    + "; applied at once and remembered"));
            b.setOnAction(e -> {
                b.setSelected(true);
                prefs.update(s -> s.withTheme(t));
            });
            themeRow.getChildren().add(b);
        }

        ToggleGroup sizes = new ToggleGroup();
        HBox sizeRow = new HBox();
        Settings.TextSize[] all = Settings.TextSize.values();
        for (int i = 0; i < all.length; i++) {
            Settings.TextSize size = all[i];
            ToggleButton b = new ToggleButton("Aa");
            b.setStyle("-fx-font-size: " + size.pixels() + "px;");
            b.setToggleGroup(sizes);
            b.setSelected(prefs.get().textSize() == size);
            b.getStyleClass().add(i == 0 ? "left-pill" : i == all.length - 1 ? "right-pill" : "center-pill");
            b.setPrefWidth(64);
            b.setTooltip(new Tooltip("Text " + size.pixels() + " pixels high; applied at once and remembered"));
            b.setOnAction(e -> {
                b.setSelected(true);
                prefs.update(s -> s.withTextSize(size));
            });
            sizeRow.getChildren().add(b);
        }
        sizeRow.setAlignment(Pos.BOTTOM_LEFT);

        Label data = new Label("Your journal and settings are kept in " + dataFolder);
        data.getStyleClass().addAll("text-muted", "text-small");
        data.setWrapText(true);
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setTooltip(new Tooltip("Close the settings (Escape)"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        card.getChildren().addAll(title, new Label("Theme"), themeRow, new Label("Text size"), sizeRow, data,
                new HBox(grow, close));
        Overlay overlay = Overlay.show(owner, card);
        close.setOnAction(e -> overlay.close());
        return overlay;
    }
}
