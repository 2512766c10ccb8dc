package org.studiopaths.ui.mix;

import org.studiopaths.model.Project;

/**
 * Something to mix: an engineering exercise (with a reference and a check) or a free mix (neither).
 *
 * @param reference the solution for A/B, or null
 * @param check     null for a free mix
 * @param nextId    the exercise to offer after a pass, or null
 */
public record MixTask(String id, String title, String brief, Project start, Project reference, MixCheck check,
                      String nextId) {

    public boolean isExercise() {
        return check != null;
    }
}
