package org.studiopaths.ui.mix;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.studiopaths.ui.FocusedControlKeys;
import org.studiopaths.ui.session.ProjectSession;

import java.util.ArrayList;
import java.util.List;

/**
 * The EQ ear-training screen: play the stem, flip between its changed and flat sound, pick one of the ten
 * octave bands, say boost or cut, read the feedback; credit, level and running score below. Binds to an
 * {@link EqDrillModel} and only calls its commands.
 */
public final class EqDrillView extends BorderPane {

    private final ProjectSession session;

    public EqDrillView(ProjectSession session, EqDrillModel model, Runnable onLeave) {
        this.session = session;
        getStyleClass().addAll("mix-console", "eq-drill");
        getStylesheets().add(EqDrillView.class.getResource("mix.css").toExternalForm());

        Button back = new Button("← Back");
        back.setTooltip(new Tooltip("Back to the engineering exercises (your score is kept)"));
        back.setOnAction(e -> {
            session.stop();
            onLeave.run();
        });
        Label title = new Label("EQ ear training");
        title.getStyleClass().add("console-title");
        Button play = new Button("▶ Play");
        play.setId("drill-play");
        play.setTooltip(new Tooltip("Play or stop the part, looping its first bars (Space)"));
        play.setOnAction(e -> session.togglePlay());
        session.playingProperty().addListener((o, a, on) -> play.setText(on ? "■ Stop" : "▶ Play"));
        HBox bar = new HBox(8, back, title, play);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("console-toolbar");
        setTop(bar);

        Label intro = new Label("A mix engineer hears which part of the sound is too strong or too weak and finds it"
                + " on the EQ. Here one part of a song plays with a hidden boost or cut in one octave. Low notes are"
                + " on the left buttons, high ones on the right. Each right answer makes the next change a little"
                + " smaller; three full answers in a row move you up a level.");
        intro.setWrapText(true);
        Label question = new Label();
        question.setWrapText(true);
        question.getStyleClass().add("section-title");
        question.textProperty().bind(model.questionProperty());

        ToggleButton flat = new ToggleButton();
        flat.setId("drill-flat");
        flat.textProperty().bind(Bindings.when(model.hearingFlatProperty())
                .then("Hearing it flat: click to hear it changed").otherwise("Hearing it changed: click to hear it flat"));
        flat.setTooltip(new Tooltip("Switch between the part with the hidden change and the part as recorded (F)"));
        flat.setOnAction(e -> model.toggleFlat());
        model.hearingFlatProperty().addListener((o, a, on) -> flat.setSelected(on));

        FlowPane bands = new FlowPane(6, 6);
        List<ToggleButton> bandButtons = new ArrayList<>();
        List<String> labels = EqDrillModel.bandLabels();
        for (int b = 0; b < labels.size(); b++) {
            int band = b;
            ToggleButton button = new ToggleButton(labels.get(b));
            button.setId("band-" + b);
            button.setMinWidth(70);
            button.setTooltip(new Tooltip("The octave around " + labels.get(b)
                    + (b <= 1 ? ": deep bass, felt more than heard" : b <= 3 ? ": bass and warmth"
                    : b <= 5 ? ": the body of voices and instruments" : b <= 7 ? ": presence and bite" : ": air and sparkle")));
            button.setOnAction(e -> model.pickBand(band));
            button.disableProperty().bind(model.answeredProperty());
            bandButtons.add(button);
        }
        bands.getChildren().setAll(bandButtons);
        model.pickedBandProperty().addListener((o, a, now) -> {
            for (int b = 0; b < bandButtons.size(); b++) {
                bandButtons.get(b).setSelected(b == now.intValue());
            }
        });

        Button boost = new Button("It was a boost");
        boost.setId("drill-boost");
        boost.setTooltip(new Tooltip("Answer: the band you picked was made louder"));
        boost.setOnAction(e -> model.answer(true));
        Button cut = new Button("It was a cut");
        cut.setId("drill-cut");
        cut.setTooltip(new Tooltip("Answer: the band you picked was made quieter"));
        cut.setOnAction(e -> model.answer(false));
        for (Button b : List.of(boost, cut)) {
            b.getStyleClass().add("accent");
            b.disableProperty().bind(model.answeredProperty().or(model.pickedBandProperty().lessThan(0)));
        }
        Button next = new Button("Next round →");
        next.setId("drill-next");
        next.setTooltip(new Tooltip("A new hidden change"));
        next.setOnAction(e -> model.nextRound());
        next.disableProperty().bind(model.answeredProperty().not());
        HBox answer = new HBox(8, boost, cut, next);
        answer.setAlignment(Pos.CENTER_LEFT);

        Label feedback = new Label();
        feedback.setId("drill-feedback");
        feedback.setWrapText(true);
        feedback.getStyleClass().add("drill-feedback");
        feedback.textProperty().bind(model.feedbackProperty());
        Label credit = new Label();
        credit.setId("drill-credit");
        credit.textProperty().bind(model.creditProperty());
        credit.getStyleClass().add("section-title");
        Label level = new Label();
        level.setId("drill-level");
        level.textProperty().bind(model.levelProperty());
        Label score = new Label();
        score.setId("drill-score");
        score.textProperty().bind(model.scoreProperty());
        score.getStyleClass().add("section-title");

        VBox body = new VBox(14, intro, question, flat, new Label("Which octave was changed?"), bands,
                answer, feedback, credit, level, score);
        body.setPadding(new Insets(16, 24, 24, 24));
        body.setMaxWidth(940);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("strip-scroll");
        setCenter(scroll);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FocusedControlKeys.belongToFocusedControl(e)) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                session.togglePlay();
            } else if (e.getCode() == KeyCode.F) {
                model.toggleFlat();
            } else {
                return;
            }
            e.consume();
        });
    }
}
