package org.studiopaths.ui.arrange;

import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;

/** Where a clip is: its track's index and its index in that track's clips. */
public record ClipRef(int track, int clip) {

    public boolean existsIn(Project p) {
        return track >= 0 && track < p.tracks().size() && clip >= 0 && clip < p.tracks().get(track).clips().size();
    }

    public Clip in(Project p) {
        return p.tracks().get(track).clips().get(clip);
    }
}
