package org.studiopaths.ui.arrange;

import org.studiopaths.exercise.CheckReport;
import org.studiopaths.exercise.CheckServices;
import org.studiopaths.exercise.Checker;
import org.studiopaths.exercise.Criterion;
import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.Exercise;
import org.studiopaths.exercise.GoalTracker;
import org.studiopaths.model.Project;

import java.util.ArrayList;
import java.util.List;

/** A production exercise from the catalogue: goals ticked by the {@link GoalTracker}, checks by the {@link Checker}. */
final class CatalogExercise implements ArrangeExercise {

    private final Exercise exercise;
    private final CheckServices services;
    private final GoalTracker tracker;

    CatalogExercise(Exercise exercise, CheckServices services) {
        this.exercise = exercise;
        this.services = services;
        this.tracker = new GoalTracker(exercise, services.facts());
    }

    @Override public String id() { return exercise.id(); }
    @Override public String title() { return exercise.title(); }
    @Override public String brief() { return exercise.brief(); }
    @Override public String summary() { return exercise.summary(); }
    @Override public int difficulty() { return exercise.difficulty(); }
    @Override public Project start() { return exercise.start(); }
    @Override public Project reference() { return exercise.solution(); }

    @Override
    public List<GoalState> goals(Project project) {
        List<CriterionResult> live = tracker.evaluate(project);
        List<GoalState> states = new ArrayList<>();
        int next = 0;
        for (Criterion c : exercise.criteria()) {
            Boolean done = c.needsAudio() ? null : live.get(next++).passed();
            states.add(new GoalState(c.id(), c.goal(), done));
        }
        return states;
    }

    @Override
    public CheckOutcome check(Project project) throws Exception {
        CheckReport report = Checker.check(exercise, project, services);
        return new CheckOutcome(report.score(), report.passed(), report.criteria());
    }
}
