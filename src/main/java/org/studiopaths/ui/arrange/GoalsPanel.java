package org.studiopaths.ui.arrange;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.studiopaths.exercise.CriterionResult;

/**
 * The exercise's brief and goals (ticked live as the learner edits), Check with its score and messages,
 * "Hear an example", and the next exercise after a pass. In free play it only says there are no goals.
 */
public final class GoalsPanel extends VBox {

    final Button check = new Button("Check");
    final Button example = new Button("Hear an example");
    final Button next = new Button("Next exercise →");
    private final VBox goalList = new VBox(6);
    private final VBox results = new VBox(6);
    private final Label score = new Label();

    public GoalsPanel(GoalsModel model) {
        getStyleClass().add("goals-panel");
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(280);
        Label title = new Label(model.freePlay() ? "Free play" : model.exercise().title());
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        Label brief = new Label(model.freePlay()
                ? "No goals here: drag loops in, shape a song, and listen. Save it if you like it."
                : model.exercise().brief());
        brief.setWrapText(true);
        brief.getStyleClass().add("brief");
        getChildren().addAll(title, brief);
        if (model.freePlay()) {
            return;
        }
        Label goalsTitle = new Label("Goals");
        goalsTitle.getStyleClass().add("section-title");
        model.goals().addListener((ListChangeListener<ArrangeExercise.GoalState>) c -> showGoals(model));
        showGoals(model);
        check.getStyleClass().add("check");
        check.setTooltip(new Tooltip("Listen to the song and score it against the goals"));
        example.setTooltip(new Tooltip("Play a finished version of this exercise (your song is kept)"));
        next.setTooltip(new Tooltip("On to the next exercise"));
        check.setMaxWidth(Double.MAX_VALUE);
        check.disableProperty().bind(model.checkingProperty());
        example.setMaxWidth(Double.MAX_VALUE);
        example.setDisable(model.exercise().reference() == null);
        next.setMaxWidth(Double.MAX_VALUE);
        next.setVisible(false);
        next.managedProperty().bind(next.visibleProperty());
        score.getStyleClass().add("score");
        model.outcomeProperty().addListener((o, a, r) -> showOutcome(r));
        model.checkProblemProperty().addListener((o, a, p) -> {
            if (!p.isEmpty()) {
                results.getChildren().setAll(new Label(p));
            }
        });
        getChildren().addAll(goalsTitle, goalList, check, example, score, results, next);
    }

    private void showGoals(GoalsModel model) {
        goalList.getChildren().clear();
        for (ArrangeExercise.GoalState g : model.goals()) {
            Label l = new Label(GoalsModel.label(g));
            l.setWrapText(true);
            l.getStyleClass().add("goal");
            l.getStyleClass().add(Boolean.TRUE.equals(g.done()) ? "goal-done" : "goal-open");
            l.setId("goal-" + g.id());
            goalList.getChildren().add(l);
        }
    }

    private void showOutcome(ArrangeExercise.CheckOutcome r) {
        if (r == null) {
            return;
        }
        score.setText("Score " + r.score() + " / 100 — " + (r.passed() ? "passed!" : "not yet"));
        score.getStyleClass().removeAll("passed", "failed");
        score.getStyleClass().add(r.passed() ? "passed" : "failed");
        results.getChildren().clear();
        for (CriterionResult c : r.results()) {
            Label l = new Label((c.passed() ? "✓ " : "✗ ") + c.message());
            l.setWrapText(true);
            l.getStyleClass().add(c.passed() ? "goal-done" : "goal-open");
            results.getChildren().add(l);
        }
    }
}
