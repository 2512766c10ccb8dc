package org.studiopaths.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.studiopaths.journal.Rating;

import java.util.List;

/** The rating prompt's answers, without controls: what {@link RatingDialog} binds to. */
public final class RatingForm {

    /** The words under the five faces, from 1 (not at all) to 5 (a lot). */
    public static final List<String> ENJOYMENT_WORDS =
            List.of("Not at all", "A little", "It was OK", "Quite a lot", "Loved it");

    /** 0 until a face is chosen, then 1 to 5. */
    private final IntegerProperty enjoyment = new SimpleIntegerProperty(this, "enjoyment", 0);
    private final ObjectProperty<Boolean> lostTrackOfTime = new SimpleObjectProperty<>(this, "lostTrackOfTime");
    private final ObjectProperty<Boolean> wantAnother = new SimpleObjectProperty<>(this, "wantAnother");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanBinding answered = Bindings.createBooleanBinding(
            () -> enjoyment.get() > 0 || lostTrackOfTime.get() != null || wantAnother.get() != null
                    || !note.get().isBlank(), enjoyment, lostTrackOfTime, wantAnother, note);

    public IntegerProperty enjoymentProperty() {
        return enjoyment;
    }

    public ObjectProperty<Boolean> lostTrackOfTimeProperty() {
        return lostTrackOfTime;
    }

    public ObjectProperty<Boolean> wantAnotherProperty() {
        return wantAnother;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True once anything is answered: only then is there something to save. */
    public BooleanBinding answeredProperty() {
        return answered;
    }

    /** The answers as the journal keeps them; unanswered parts are null. */
    public Rating toRating() {
        int e = enjoyment.get();
        return new Rating(e == 0 ? null : e, lostTrackOfTime.get(), wantAnother.get(), note.get().strip());
    }
}
