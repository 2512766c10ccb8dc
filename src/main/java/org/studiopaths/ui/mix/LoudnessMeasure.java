package org.studiopaths.ui.mix;

import org.studiopaths.engine.RenderException;
import org.studiopaths.model.Project;

import java.util.OptionalDouble;

/** Measures a whole project's integrated loudness offline (empty for silence). */
@FunctionalInterface
public interface LoudnessMeasure {
    OptionalDouble integratedLufs(Project project) throws RenderException;
}
