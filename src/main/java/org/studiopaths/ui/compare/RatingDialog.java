package org.studiopaths.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Rating;
import org.studiopaths.ui.AppServices;
import org.studiopaths.ui.Overlay;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The short "how was that?" prompt shown over the window after an exercise: five faces for enjoyment, whether
 * time flew, whether they would like another one like it, and an optional note. Skip (or Escape) answers
 * nothing.
 *
 * <p>How a path screen uses it, after a check or when the learner leaves an exercise:
 * <pre>{@code
 * Attempt attempt = ...;   // what the screen measured: side, exercise, times, edits, plays, checks, score
 * RatingDialog.rateAttempt(someNodeOnScreen, services, attempt, () -> navigator.showHome());
 * }</pre>
 * {@link #rateAttempt} records the attempt in the journal if it is not there yet, asks, and attaches the
 * rating; the home screen and the comparison then show it. To only ask, use {@link #ask}: it calls back with
 * the rating, or empty when skipped. Both return at once; the answer comes later, on the JavaFX thread.
 */
public final class RatingDialog {

    private static final Feather[] FACES = {Feather.FROWN, Feather.FROWN, Feather.MEH, Feather.SMILE, Feather.SMILE};

    private final RatingForm form = new RatingForm();
    private final Overlay overlay;
    private final Consumer<Optional<Rating>> onAnswer;

    private RatingDialog(Node owner, String exerciseTitle, Consumer<Optional<Rating>> onAnswer) {
        this.onAnswer = onAnswer;
        VBox card = new VBox(16);
        card.setId("rating-dialog");
        card.setPrefWidth(560);
        Label title = new Label("How was that?");
        title.getStyleClass().add("title-2");
        Label about = new Label(exerciseTitle == null || exerciseTitle.isBlank() ? "Your answers go into your journal."
                : "\u201c" + exerciseTitle + "\u201d: your answers go into your journal for the comparison.");
        about.getStyleClass().add("text-muted");
        about.setWrapText(true);

        Button save = new Button("Save");
        save.setId("rating-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(form.answeredProperty().not());
        save.setOnAction(e -> finish(Optional.of(form.toRating())));
        save.setTooltip(new Tooltip("Keep your answers in the journal (Enter)"));
        Button skip = new Button("Skip");
        skip.setId("rating-skip");
        skip.getStyleClass().add("flat");
        skip.setOnAction(e -> finish(Optional.empty()));
        skip.setTooltip(new Tooltip("Answer nothing this time (Escape)"));

        TextField note = new TextField();
        note.setId("rating-note");
        note.setPromptText("Anything you noticed? (optional)");
        note.textProperty().bindBidirectional(form.noteProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(10, skip, grow, save);
        card.getChildren().addAll(title, about,
                question("How much did you enjoy it?"), faces(),
                question("Did you lose track of time?"), yesNo("lost", form.lostTrackOfTimeProperty()),
                question("Would you like another one like it?"), yesNo("another", form.wantAnotherProperty()),
                note, buttons);
        overlay = Overlay.show(owner, card);
        overlay.setOnEscape(() -> finish(Optional.empty()));
    }

    /**
     * Asks how the exercise went.
     *
     * @param owner         any node in the main window (the prompt covers that window)
     * @param exerciseTitle the exercise's title, shown in the prompt
     * @param onAnswer      called once: the rating, or empty when skipped
     */
    public static RatingDialog ask(Node owner, String exerciseTitle, Consumer<Optional<Rating>> onAnswer) {
        return new RatingDialog(owner, exerciseTitle, onAnswer);
    }

    /**
     * Records {@code attempt} in the journal unless an attempt with its id is there already, asks how it went,
     * and saves the answer with {@link AppServices#rateAttempt}.
     *
     * @param afterwards run once the prompt is closed, answered or skipped (null for nothing)
     */
    public static RatingDialog rateAttempt(Node owner, AppServices services, Attempt attempt, Runnable afterwards) {
        boolean known = services.journal().attempts().stream().anyMatch(a -> a.id().equals(attempt.id()));
        if (!known) {
            services.recordAttempt(attempt);
        }
        return ask(owner, attempt.exerciseTitle(), rating -> {
            rating.ifPresent(r -> services.rateAttempt(attempt.id(), r));
            if (afterwards != null) {
                afterwards.run();
            }
        });
    }

    /** The answers so far (for tests and for screens that want to preselect). */
    public RatingForm form() {
        return form;
    }

    public boolean isShowing() {
        return overlay.isShowing();
    }

    private void finish(Optional<Rating> answer) {
        if (overlay.isShowing()) {
            overlay.close();
            onAnswer.accept(answer);
        }
    }

    private static Label question(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("rating-question");
        return l;
    }

    private HBox faces() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(8);
        for (int level = 1; level <= 5; level++) {
            FontIcon face = new FontIcon(FACES[level - 1]);
            face.getStyleClass().addAll("face", "face-" + level);
            ToggleButton b = new ToggleButton(RatingForm.ENJOYMENT_WORDS.get(level - 1), face);
            b.setId("enjoy-" + level);
            b.getStyleClass().add("face-button");
            b.setContentDisplay(ContentDisplay.TOP);
            b.setUserData(level);
            b.setTooltip(new Tooltip("Enjoyment " + level + " of 5"));
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setToggleGroup(group);
            row.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) ->
                form.enjoymentProperty().set(now == null ? 0 : (Integer) now.getUserData()));
        return row;
    }

    private static HBox yesNo(String id, javafx.beans.property.ObjectProperty<Boolean> answer) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton yes = new ToggleButton("Yes");
        yes.setId(id + "-yes");
        yes.setUserData(Boolean.TRUE);
        ToggleButton no = new ToggleButton("No");
        no.setId(id + "-no");
        no.setUserData(Boolean.FALSE);
        for (ToggleButton b : new ToggleButton[] {yes, no}) {
            b.setTooltip(new Tooltip("Your answer to the question above"));
            b.setToggleGroup(group);
            b.setPrefWidth(90);
        }
        yes.getStyleClass().add("left-pill");
        no.getStyleClass().add("right-pill");
        group.selectedToggleProperty().addListener((obs, old, now) ->
                answer.set(now == null ? null : (Boolean) ((Toggle) now).getUserData()));
        HBox row = new HBox(yes, no);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
