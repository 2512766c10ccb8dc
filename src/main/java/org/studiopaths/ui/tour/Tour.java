package org.studiopaths.ui.tour;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studiopaths.ui.Overlay;

/**
 * The first-run tour: the cards of {@link TourCard#ALL} one at a time over the window, with Back, Next and Skip.
 * Escape skips. Shown on first start and again with F1 or the help button.
 */
public final class Tour {

    private final Overlay overlay;
    private final Runnable onClosed;
    private final Label title = new Label();
    private final Label text = new Label();
    private final FontIcon icon = new FontIcon();
    private final HBox dots = new HBox(8);
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private int index;

    private Tour(Node owner, Runnable onClosed) {
        this.onClosed = onClosed;
        VBox card = new VBox(18);
        card.setId("tour-card");
        card.setPrefWidth(520);
        card.setAlignment(Pos.TOP_CENTER);
        icon.getStyleClass().add("tour-icon");
        title.setId("tour-title");
        title.getStyleClass().add("title-2");
        text.setId("tour-text");
        text.setWrapText(true);
        text.getStyleClass().add("tour-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        dots.setAlignment(Pos.CENTER);
        Button skip = new Button("Skip tour");
        skip.setId("tour-skip");
        skip.getStyleClass().add("flat");
        skip.setTooltip(new Tooltip("Close the tour; F1 shows it again (Escape)"));
        back.setTooltip(new Tooltip("The card before"));
        back.setOnAction(e -> go(index - 1));
        next.setId("tour-next");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.setTooltip(new Tooltip("The next card (Enter)"));
        next.setOnAction(e -> {
            if (index == TourCard.ALL.size() - 1) {
                close();
            } else {
                go(index + 1);
            }
        });
        skip.setOnAction(e -> close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(10, skip, grow, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(icon, title, text, dots, buttons);
        overlay = Overlay.show(owner, card);
        overlay.setOnEscape(this::close);
        go(0);
        next.requestFocus();
    }

    /**
     * Shows the tour over the window of {@code owner}.
     *
     * @param onClosed called once when the tour is finished or skipped (to remember it was seen)
     */
    public static Tour show(Node owner, Runnable onClosed) {
        return new Tour(owner, onClosed);
    }

    private void go(int i) {
        index = i;
        TourCard c = TourCard.ALL.get(i);
        icon.setIconCode(c.icon());
        title.setText(c.title());
        text.setText(c.text());
        back.setDisable(i == 0);
        next.setText(i == TourCard.ALL.size() - 1 ? "Let's start" : "Next");
        dots.getChildren().clear();
        for (int d = 0; d < TourCard.ALL.size(); d++) {
            Circle dot = new Circle(4);
            dot.getStyleClass().add(d == i ? "tour-dot-current" : "tour-dot");
            dots.getChildren().add(dot);
        }
    }

    public boolean isShowing() {
        return overlay.isShowing();
    }

    private void close() {
        if (overlay.isShowing()) {
            overlay.close();
            onClosed.run();
        }
    }
}
