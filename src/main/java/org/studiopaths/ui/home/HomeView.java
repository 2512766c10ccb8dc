package org.studiopaths.ui.home;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studiopaths.exercise.Side;
import org.studiopaths.journal.CareerFacts;
import org.studiopaths.ui.Navigator;
import org.studiopaths.ui.PathStyle;

/**
 * The home screen: the two paths side by side (what each is, what you do here, the skills, the careers), a big
 * way into each, progress on both from the journal, and what to try next.
 */
public final class HomeView {

    private final Navigator navigator;
    private final HomeModel model;
    private final ScrollPane root;

    public HomeView(HomeModel model, CareerFacts facts, Navigator navigator) {
        this.navigator = navigator;
        this.model = model;
        Label title = new Label("Music production or audio engineering?");
        title.getStyleClass().add("title-1");
        title.setId("home-title");
        Label lead = new Label("Try a small, real piece of each, then compare which one you enjoyed. "
                + "No experience needed.");
        lead.getStyleClass().add("home-lead");
        lead.setWrapText(true);
        HBox paths = new HBox(20, pathCard(Side.PRODUCTION, facts), pathCard(Side.ENGINEERING, facts));
        for (Node n : paths.getChildren()) {
            HBox.setHgrow(n, Priority.ALWAYS);
        }
        VBox content = new VBox(18, new VBox(6, title, lead), paths, next());
        content.setId("home-view");
        content.getStyleClass().add("screen");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
    }

    public Node node() {
        return root;
    }

    private Node pathCard(Side side, CareerFacts facts) {
        CareerFacts.PathFacts f = facts.of(side);
        FontIcon icon = new FontIcon(PathStyle.icon(side));
        icon.getStyleClass().add("path-icon");
        Label name = new Label(PathStyle.title(side));
        name.getStyleClass().add("title-2");
        Label tagline = new Label(PathStyle.tagline(side));
        tagline.getStyleClass().add("path-tagline");
        HBox heading = new HBox(14, icon, new VBox(2, name, tagline));
        heading.setAlignment(Pos.CENTER_LEFT);

        Label about = wrapped(f.about());
        Label here = wrapped(PathStyle.here(side));
        here.getStyleClass().add("path-here");

        VBox skills = new VBox(3);
        for (String s : f.skills()) {
            skills.getChildren().add(wrapped("\u2022  " + s));
        }
        FlowPane careers = new FlowPane(6, 6);
        for (String c : f.careers()) {
            Label chip = new Label(c);
            chip.getStyleClass().add("chip");
            careers.getChildren().add(chip);
        }

        Label progress = new Label(model.of(side).text(), new FontIcon(Feather.ACTIVITY));
        progress.setId("home-progress-" + side.id());
        progress.getStyleClass().add("path-progress");

        Button start = new Button("Start " + side.id(), new FontIcon(Feather.ARROW_RIGHT));
        start.setId("home-start-" + side.id());
        start.getStyleClass().addAll("accent", "large", "path-start");
        start.setMaxWidth(Double.MAX_VALUE);
        start.setOnAction(e -> open(side));
        start.setTooltip(new Tooltip("Open the " + side.id() + " exercises"));

        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox card = new VBox(12, heading, about, here, section("Skills you use"), skills,
                section("Careers"), careers, grow, progress, start);
        card.setId("home-path-" + side.id());
        card.getStyleClass().addAll("card-panel", "path-card", PathStyle.styleClass(side));
        card.setMaxWidth(Double.MAX_VALUE);
        card.setPrefWidth(400);
        return card;
    }

    private Node next() {
        FontIcon icon = new FontIcon(Feather.NAVIGATION);
        icon.getStyleClass().add("next-icon");
        Label heading = new Label("What to try next");
        heading.getStyleClass().add("title-4");
        Label text = wrapped(model.suggestion());
        text.setId("home-suggestion");
        Button go = model.next()
                .map(side -> {
                    Button b = new Button("Try " + side.id(), new FontIcon(Feather.ARROW_RIGHT));
                    b.setOnAction(e -> open(side));
                    b.setTooltip(new Tooltip("Open the " + side.id() + " exercises"));
                    return b;
                })
                .orElseGet(() -> {
                    Button b = new Button("Compare", new FontIcon(Feather.BAR_CHART_2));
                    b.setOnAction(e -> navigator.showCompare());
                    b.setTooltip(new Tooltip("See which path you enjoyed more"));
                    return b;
                });
        go.setId("home-next");
        go.getStyleClass().add("button-outlined");
        VBox words = new VBox(4, heading, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox box = new HBox(16, icon, words, go);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("card-panel", "next-panel");
        return box;
    }

    private void open(Side side) {
        if (side == Side.PRODUCTION) {
            navigator.showProduction();
        } else {
            navigator.showEngineering();
        }
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add("section-label");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
