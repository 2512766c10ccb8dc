package org.studiopaths.exercise.production;

import org.junit.jupiter.api.Test;
import org.studiopaths.exercise.Criterion;
import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.model.Project;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.studiopaths.exercise.TestCriteria.clip;
import static org.studiopaths.exercise.TestCriteria.criterion;
import static org.studiopaths.exercise.TestCriteria.judge;
import static org.studiopaths.exercise.TestCriteria.section;
import static org.studiopaths.exercise.TestCriteria.song;
import static org.studiopaths.exercise.TestCriteria.track;

class ProductionCriteriaTest {

    private static final String BEAT = "loops/drums/beat.wav";
    private static final String BASS = "loops/bass/bass-am.wav";
    private static final String KEYS_C = "loops/keys/keys-c.wav";
    private static final String KEYS_EM = "loops/keys/keys-em.wav";
    private static final String PAD = "loops/pad/pad-fsm.wav";

    /** Intro 1–4 drums only, Verse 5–8 drums+bass, Chorus 9–12 drums+bass+keys. */
    private static final Project BUILD = song(100, List.of(section("Intro", 1), section("Verse", 5), section("Chorus", 9)),
            track("Drums", clip(BEAT, 1, 12)),
            track("Bass", clip(BASS, 5, 8)),
            track("Keys", clip(KEYS_C, 9, 4)));

    private static void assertFails(CriterionResult r, String message, double credit) {
        assertFalse(r.passed(), r.message());
        assertEquals(message, r.message());
        assertEquals(credit, r.credit(), 1e-9);
    }

    @Test
    void sectionIncludesOverBarsNamesTheMissingBars() {
        Criterion c = criterion("{\"id\":\"groove\",\"type\":\"section-includes\",\"firstBar\":1,\"lastBar\":4,"
                + "\"categories\":[\"drums\",\"bass\"]}");
        assertEquals("Drums and bass play in every bar of bars 1–4", c.goal());
        Project p = song(track("Drums", clip(BEAT, 1, 4)), track("Bass", clip(BASS, 1, 2)));
        assertFails(judge(c, p), "No bass in bars 3–4: drag a bass loop over those bars.", 6 / 8.0);
        Project full = song(track("Drums", clip(BEAT, 1, 4)), track("Bass", clip(BASS, 1, 4)));
        CriterionResult ok = judge(c, full);
        assertTrue(ok.passed());
        assertEquals("Drums and bass play in every bar of bars 1–4.", ok.message());
    }

    @Test
    void sectionIncludesOverANamedSection() {
        Criterion c = criterion("{\"id\":\"full-chorus\",\"type\":\"section-includes\",\"section\":\"Chorus\","
                + "\"categories\":[\"drums\",\"bass\",\"keys\"]}");
        assertTrue(judge(c, BUILD).passed());
        Criterion verse = criterion("{\"id\":\"v\",\"type\":\"section-includes\",\"section\":\"Verse\","
                + "\"categories\":[\"keys\",\"drums\"]}");
        assertFails(judge(verse, BUILD), "No keys in bars 5–8 of the Verse: drag a keys loop over those bars.", 0.5);
        Project noChorus = BUILD.withSections(List.of(section("Intro", 1)));
        assertFails(judge(c, noChorus), "There is no section marker named \"Chorus\" yet: add one where the Chorus"
                + " should start.", 0);
    }

    @Test
    void mutedTracksDoNotCount() {
        Criterion c = criterion("{\"id\":\"b\",\"type\":\"section-includes\",\"firstBar\":1,\"lastBar\":1,"
                + "\"categories\":[\"bass\"]}");
        Project p = song(track("Bass", clip(BASS, 1, 1)).withMute(true));
        assertFails(judge(c, p), "No bass in bar 1: drag a bass loop over those bars.", 0);
    }

    @Test
    void sectionExcludes() {
        Criterion c = criterion("{\"id\":\"sparse\",\"type\":\"section-excludes\",\"section\":\"Intro\","
                + "\"categories\":[\"bass\"]}");
        assertEquals("No bass in the Intro", c.goal());
        assertTrue(judge(c, BUILD).passed());
        Project early = BUILD.withTrack(1, track("Bass", clip(BASS, 3, 10)));
        assertFails(judge(c, early), "A bass loop plays in bars 3–4 of the Intro, where this exercise wants none:"
                + " remove or shorten those clips.", 0.5);
    }

    @Test
    void layerCount() {
        Criterion c = criterion("{\"id\":\"fuller\",\"type\":\"layer-count\",\"section\":\"Chorus\",\"min\":3}");
        assertEquals("The Chorus has at least 3 layers at once", c.goal());
        assertTrue(judge(c, BUILD).passed());
        Project thin = BUILD.withTrack(2, track("Keys", clip(KEYS_C, 9, 2)));
        assertFails(judge(c, thin), "Only 2 layers in bars 11–12 of the Chorus; it needs at least 3: add another"
                + " loop on top.", 0.5);
        Criterion sparse = criterion("{\"id\":\"s\",\"type\":\"layer-count\",\"firstBar\":9,\"lastBar\":12,\"max\":2}");
        assertFails(judge(sparse, BUILD), "3 layers in bars 9–12; keep it to at most 2: take some loops out to let"
                + " it breathe.", 0);
    }

    @Test
    void energyRises() {
        Criterion c = criterion("{\"id\":\"arc\",\"type\":\"energy-rises\",\"sections\":[\"Intro\",\"Verse\",\"Chorus\"]}");
        assertEquals("The energy rises from Intro to Verse to Chorus (more layers each time)", c.goal());
        CriterionResult ok = judge(c, BUILD);
        assertTrue(ok.passed());
        assertEquals("The energy builds: Intro 1, Verse 2, Chorus 3 layers on average.", ok.message());
        Project flat = BUILD.withTrack(2, track("Keys"));
        assertFails(judge(c, flat), "The Chorus (2 layers on average) is not fuller than"
                + " the Verse (2): add a loop to the later section or take one out of the earlier one.", 0.5);
    }

    @Test
    void sectionOrder() {
        Criterion c = criterion("{\"id\":\"form\",\"type\":\"section-order\",\"order\":[\"Intro\",\"Verse\",\"Chorus\"]}");
        assertTrue(judge(c, BUILD).passed());
        Project swapped = BUILD.withSections(List.of(section("Intro", 1), section("Chorus", 5), section("Verse", 9)));
        assertFails(judge(c, swapped), "The sections run Intro, Chorus, Verse; this song wants Intro, Verse, Chorus:"
                + " add, move or rename section markers.", 2 / 3.0);
        assertFails(judge(c, BUILD.withSections(List.of())), "There are no section markers yet: add markers named"
                + " Intro, Verse, Chorus, in that order.", 0);
        Criterion exact = criterion("{\"id\":\"e\",\"type\":\"section-order\",\"order\":[\"Intro\",\"Chorus\"],\"exact\":true}");
        assertFalse(judge(exact, BUILD).passed());
    }

    @Test
    void songLength() {
        Criterion c = criterion("{\"id\":\"len\",\"type\":\"song-length\",\"minBars\":16,\"maxBars\":32}");
        assertEquals("The song lasts 16 to 32 bars", c.goal());
        assertFails(judge(c, BUILD), "The song is 12 bars long; make it at least 16 bars: add clips after bar 13.",
                12 / 16.0);
        Project longer = song(track("Drums", clip(BEAT, 1, 40)));
        assertFails(judge(c, longer), "The song is 40 bars long; keep it to at most 32 bars: shorten or remove the"
                + " clips after bar 33.", 32 / 40.0);
        assertFails(judge(c, song()), "The song is empty: drag loops onto the timeline until it lasts at least 16"
                + " bars.", 0);
        assertTrue(judge(c, song(track("Drums", clip(BEAT, 1, 16)))).passed());
    }

    @Test
    void clipsOnTheBarGrid() {
        Criterion c = criterion("{\"id\":\"grid\",\"type\":\"clips-on-grid\",\"grid\":\"bar\"}");
        assertTrue(judge(c, BUILD).passed());
        Project off = song(track("Drums", clip(BEAT, 1, 4)), track("Bass", clip(BASS, 1.25, 2)));
        assertFails(judge(c, off), "1 clip is off the bar grid (Bass at bar 1.25 to 3.25): move and resize it so it"
                + " starts and ends on a bar line.", 0.5);
        Criterion beat = criterion("{\"id\":\"grid\",\"type\":\"clips-on-grid\",\"grid\":\"beat\"}");
        assertTrue(judge(beat, off).passed());
    }

    @Test
    void noSilentGaps() {
        Criterion c = criterion("{\"id\":\"gaps\",\"type\":\"no-silent-gaps\",\"maxBars\":1}");
        assertEquals("No silence longer than 1 bar", c.goal());
        assertTrue(judge(c, BUILD).passed());
        Project gap = song(track("Drums", clip(BEAT, 1, 4), clip(BEAT, 8, 2), clip(BEAT, 11, 1)));
        assertFails(judge(c, gap), "Nothing plays in bars 5–7 (3 bars); keep silences to at most 1 bar: fill the gap"
                + " or move the later clips earlier.", 1 - 3 / 11.0);
        Project late = song(track("Drums", clip(BEAT, 3, 2)));
        assertFails(judge(c, late), "Nothing plays in bars 1–2 (2 bars); keep silences to at most 1 bar: fill the gap"
                + " or move the later clips earlier.", 0.5);
        assertFails(judge(c, song()), "Nothing plays yet: drag loops onto the timeline, starting at bar 1.", 0);
    }

    @Test
    void keysAgreeWithTheSongKeyCountingRelatives() {
        Criterion c = criterion("{\"id\":\"key\",\"type\":\"keys-agree\",\"key\":\"C major\"}");
        assertEquals("Every pitched loop fits the song's key of C major", c.goal());
        assertTrue(judge(c, BUILD).passed(), "A minor bass is the relative minor of C major");
        Project clash = BUILD.withTrack(2, track("Keys", clip(KEYS_EM, 9, 4)));
        assertFails(judge(c, clash), "\"keys-em\" (E minor) clashes with the song's key of C major: swap it for"
                + " loops in C major or A minor.", 0.5);
    }

    @Test
    void keysAgreeAmongLoopsPlayingTogether() {
        Criterion c = criterion("{\"id\":\"key\",\"type\":\"keys-agree\"}");
        assertTrue(judge(c, BUILD).passed());
        Project clash = song(track("Bass", clip(BASS, 1, 8)), track("Pad", clip(PAD, 5, 4)),
                track("Keys", clip(KEYS_EM, 9, 4)));
        assertFails(judge(c, clash), "\"bass-am\" (A minor) and \"pad-fsm\" (F# minor) clash in bars 5–8: swap one of"
                + " each pair for a loop in the same key (or its relative major or minor).", 0);
        Project apart = song(track("Bass", clip(BASS, 1, 4)), track("Pad", clip(PAD, 5, 4)));
        assertTrue(judge(c, apart).passed(), "loops that never play together cannot clash");
    }

    @Test
    void projectTempo() {
        Criterion c = criterion("{\"id\":\"tempo\",\"type\":\"project-tempo\",\"bpm\":120}");
        assertFails(judge(c, BUILD), "The tempo is 100 BPM; this exercise wants 120 BPM: set the tempo to 120.", 0);
        assertTrue(judge(c, BUILD.withTempo(120)).passed());
        Criterion loose = criterion("{\"id\":\"tempo\",\"type\":\"project-tempo\",\"bpm\":98,\"tolerance\":2}");
        assertTrue(judge(loose, BUILD).passed());
    }

    @Test
    void usesALoopOrACategory() {
        Criterion loop = criterion("{\"id\":\"u\",\"type\":\"uses\",\"sample\":\"loops/pad/pad-fsm.wav\"}");
        assertFails(judge(loop, BUILD), "The loop \"pad-fsm\" is not heard yet: find it in the loop browser and drag"
                + " it onto a track.", 0);
        Criterion cat = criterion("{\"id\":\"u\",\"type\":\"uses\",\"category\":\"Keys\"}");
        CriterionResult r = judge(cat, BUILD);
        assertTrue(r.passed());
        assertEquals("A keys loop plays at bar 9.", r.message());
        Criterion pad = criterion("{\"id\":\"u\",\"type\":\"uses\",\"category\":\"pad\"}");
        assertFails(judge(pad, BUILD), "No pad loop is heard yet: pick one from the pad loops and drag it onto a"
                + " track.", 0);
    }

    @Test
    void trackCount() {
        Criterion c = criterion("{\"id\":\"t\",\"type\":\"track-count\",\"min\":4}");
        assertFails(judge(c, BUILD), "The project has 3 tracks; it needs at least 4: add a track for each part.", 0.75);
        Criterion max = criterion("{\"id\":\"t\",\"type\":\"track-count\",\"max\":2}");
        assertFails(judge(max, BUILD), "The project has 3 tracks; keep it to at most 2: put parts that take turns on"
                + " one track, or delete empty tracks.", 2 / 3.0);
    }

    @Test
    void keysParseInTheUsualSpellings() {
        assertEquals("C major", MusicalKey.parse("C").orElseThrow().toString());
        assertEquals("A minor", MusicalKey.parse("Am").orElseThrow().toString());
        assertEquals("F# minor", MusicalKey.parse("f#m").orElseThrow().toString());
        assertEquals("Bb major", MusicalKey.parse("Bb major").orElseThrow().toString());
        assertEquals("Eb minor", MusicalKey.parse("D# minor").orElseThrow().toString());
        assertTrue(MusicalKey.parse("drums").isEmpty());
        assertTrue(MusicalKey.parse("A minor").orElseThrow().fits(MusicalKey.parse("C major").orElseThrow()));
        assertFalse(MusicalKey.parse("E minor").orElseThrow().fits(MusicalKey.parse("C major").orElseThrow()));
    }
}
