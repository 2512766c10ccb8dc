package org.studiopaths.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studiopaths.exercise.Side;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.Navigator;
import org.studiopaths.ui.PathStyle;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The compare screen: the plain-language reading first, then each side's figures and three small charts
 * (enjoyment per rated attempt, mean score, minutes). Offers the journal as CSV and the view as a PNG.
 */
public final class CompareView {

    private final AppServices services;
    private final Navigator navigator;
    private final CompareModel model;
    private final VBox content = new VBox(16);
    private final ScrollPane root = new ScrollPane(content);

    public CompareView(AppServices services, Navigator navigator) {
        this.services = services;
        this.navigator = navigator;
        this.model = CompareModel.of(services.comparison());
        content.setId("compare-view");
        content.getStyleClass().add("screen");
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        content.getChildren().addAll(header(), reading(), sides(), charts());
    }

    public Node node() {
        return root;
    }

    public CompareModel model() {
        return model;
    }

    private Node header() {
        Label title = new Label("Compare the two paths");
        title.getStyleClass().add("title-1");
        Button csv = new Button("Export journal (CSV)", new FontIcon(Feather.DOWNLOAD));
        csv.setId("compare-export-csv");
        csv.setTooltip(new Tooltip("Every attempt as a spreadsheet"));
        csv.setOnAction(e -> exportCsv());
        Button png = new Button("Save as picture (PNG)", new FontIcon(Feather.IMAGE));
        png.setId("compare-export-png");
        png.setOnAction(e -> exportPng());
        png.setTooltip(new Tooltip("This comparison as a picture to keep or share"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(10, title, grow, csv, png);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node reading() {
        VBox box = new VBox(6);
        box.getStyleClass().addAll("card-panel", "reading");
        Label headline = new Label(model.headline());
        headline.setId("compare-headline");
        headline.getStyleClass().add("title-2");
        headline.setWrapText(true);
        box.getChildren().add(headline);
        for (String s : model.sentences()) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.getStyleClass().add("reading-sentence");
            box.getChildren().add(l);
        }
        model.nudge().ifPresent(side -> {
            Label text = new Label(model.nudgeText());
            text.setWrapText(true);
            Button go = new Button("Try " + side.id(), new FontIcon(Feather.ARROW_RIGHT));
            go.setId("compare-nudge");
            go.getStyleClass().add("accent");
            go.setTooltip(new Tooltip("Open the " + side.id() + " exercises"));
            go.setOnAction(e -> {
                if (side == Side.PRODUCTION) {
                    navigator.showProduction();
                } else {
                    navigator.showEngineering();
                }
            });
            HBox nudge = new HBox(14, text, go);
            nudge.setAlignment(Pos.CENTER_LEFT);
            nudge.getStyleClass().add("nudge");
            box.getChildren().add(nudge);
        });
        return box;
    }

    private Node sides() {
        HBox row = new HBox(20, side(model.production()), side(model.engineering()));
        for (Node n : row.getChildren()) {
            HBox.setHgrow(n, Priority.ALWAYS);
        }
        return row;
    }

    private Node side(CompareModel.SideFigures f) {
        Label name = new Label(PathStyle.title(f.side()), new FontIcon(PathStyle.icon(f.side())));
        name.getStyleClass().add("title-3");
        Label enjoyment = new Label(f.enjoymentText());
        enjoyment.setId("compare-enjoyment-" + f.side().id());
        enjoyment.getStyleClass().add("big-figure");
        Label enjoymentWord = new Label("enjoyment");
        enjoymentWord.getStyleClass().add("text-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(10, name, grow, enjoyment, enjoymentWord);
        top.setAlignment(Pos.BASELINE_LEFT);
        Label details = new Label(f.attemptsText() + "  \u00b7  " + f.absorptionText());
        details.getStyleClass().add("text-muted");
        VBox box = new VBox(4, top, details);
        box.getStyleClass().addAll("card-panel", "side-figures", PathStyle.styleClass(f.side()));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private Node charts() {
        // Categories keep the first and last points clear of the edges; the y range leaves room around 1 to 5,
        // whose ticks alone are labelled.
        CategoryAxis x = new CategoryAxis();
        x.setLabel("Rated attempt");
        int most = Math.max(model.production().enjoyment().size(), model.engineering().enjoyment().size());
        for (int i = 1; i <= Math.max(2, most); i++) {
            x.getCategories().add(Integer.toString(i));
        }
        NumberAxis y = new NumberAxis("Enjoyment (1 to 5)", 0, 5.6, 1);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v >= 1 && v == Math.rint(v) ? Integer.toString((int) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        LineChart<String, Number> line = new LineChart<>(x, y);
        line.setId("compare-enjoyment-chart");
        line.setTitle("Enjoyment, attempt by attempt");
        line.setAnimated(false);
        for (CompareModel.SideFigures f : new CompareModel.SideFigures[] {model.production(), model.engineering()}) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(PathStyle.title(f.side()));
            for (CompareModel.Point p : f.enjoyment()) {
                s.getData().add(new XYChart.Data<>(Integer.toString(p.attempt()), p.enjoyment()));
            }
            line.getData().add(s);
        }
        BarChart<String, Number> scores = bars("Average check score", "Score (0 to 100)", 20,
                f -> f.meanScore() == null ? 0 : f.meanScore());
        scores.setId("compare-score-chart");
        long maxMinutes = Math.max(model.production().minutes(), model.engineering().minutes());
        // Five ticks of whole minutes with a little room above the longer bar.
        BarChart<String, Number> minutes = bars("Time spent", "Minutes", Math.max(2, (long) Math.ceil(maxMinutes * 1.2 / 5)),
                f -> f.minutes());
        minutes.setId("compare-minutes-chart");
        HBox row = new HBox(16, line, scores, minutes);
        HBox.setHgrow(line, Priority.ALWAYS);
        line.setPrefWidth(520);
        for (BarChart<?, ?> b : java.util.List.of(scores, minutes)) {
            b.setPrefWidth(300);
            b.setMinWidth(240);
        }
        row.setPrefHeight(300);
        row.setMinHeight(280);
        row.getStyleClass().add("charts");
        return row;
    }

    /** A bar per path on an axis of five ticks of {@code tick}. */
    private BarChart<String, Number> bars(String title, String unit, double tick,
                                          Function<CompareModel.SideFigures, Number> value) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(unit, 0, 5 * tick, tick);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (CompareModel.SideFigures f : new CompareModel.SideFigures[] {model.production(), model.engineering()}) {
            s.getData().add(new XYChart.Data<>(PathStyle.title(f.side()), value.apply(f)));
        }
        chart.getData().add(s);
        return chart;
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the journal");
        chooser.setInitialFileName("studio-paths-journal.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV spreadsheet", "*.csv"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            write(f.toPath(), "journal", () -> ComparisonExport.writeCsv(services.journal().attempts(), f.toPath()));
        }
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the comparison as a picture");
        chooser.setInitialFileName("studio-paths-comparison.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            write(f.toPath(), "picture", () -> ComparisonExport.writePng(content, f.toPath()));
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Path file, String what, Write w) {
        try {
            w.run();
            services.status().say("Saved the " + what + " as " + file);
        } catch (IOException e) {
            services.status().say("Could not save the " + what + " as " + file + ": " + e.getMessage());
        }
    }
}
