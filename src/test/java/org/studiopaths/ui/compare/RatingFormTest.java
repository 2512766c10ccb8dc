package org.studiopaths.ui.compare;

import org.junit.jupiter.api.Test;
import org.studiopaths.journal.Rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingFormTest {

    @Test
    void nothingAnsweredHasNothingToSave() {
        RatingForm f = new RatingForm();
        assertFalse(f.answeredProperty().get());
        f.noteProperty().set("   ");
        assertFalse(f.answeredProperty().get());
        assertEquals(Rating.NONE, f.toRating());
    }

    @Test
    void answersBecomeTheJournalsRating() {
        RatingForm f = new RatingForm();
        f.enjoymentProperty().set(4);
        assertTrue(f.answeredProperty().get());
        f.lostTrackOfTimeProperty().set(true);
        f.noteProperty().set("  loved the bass  ");
        assertEquals(new Rating(4, true, null, "loved the bass"), f.toRating());
    }

    @Test
    void aYesOrNoAloneCanBeSaved() {
        RatingForm f = new RatingForm();
        f.wantAnotherProperty().set(false);
        assertTrue(f.answeredProperty().get());
        assertEquals(new Rating(null, null, false, null), f.toRating());
    }
}
