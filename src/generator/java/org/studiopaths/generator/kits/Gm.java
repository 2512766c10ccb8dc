package org.studiopaths.generator.kits;

import org.studiopaths.generator.music.Instrument;

/** The General MIDI sounds the library uses, by name (programs are 0-based; kits are FluidR3's bank 128). */
public final class Gm {

    public static final Instrument STANDARD_KIT = Instrument.drumKit(0);
    public static final Instrument ROOM_KIT = Instrument.drumKit(8);
    public static final Instrument ELECTRONIC_KIT = Instrument.drumKit(24);
    public static final Instrument PIANO = Instrument.melodic(0);
    public static final Instrument RHODES = Instrument.melodic(4);
    public static final Instrument ORGAN = Instrument.melodic(16);
    public static final Instrument NYLON_GUITAR = Instrument.melodic(24);
    public static final Instrument CLEAN_GUITAR = Instrument.melodic(27);
    public static final Instrument OVERDRIVEN_GUITAR = Instrument.melodic(29);
    public static final Instrument ACOUSTIC_BASS = Instrument.melodic(32);
    public static final Instrument FINGERED_BASS = Instrument.melodic(33);
    public static final Instrument FRETLESS_BASS = Instrument.melodic(35);
    public static final Instrument SYNTH_BASS = Instrument.melodic(38);
    public static final Instrument STRINGS = Instrument.melodic(48);
    public static final Instrument SLOW_STRINGS = Instrument.melodic(49);
    public static final Instrument SYNTH_STRINGS = Instrument.melodic(50);
    public static final Instrument CHOIR_AAHS = Instrument.melodic(52);
    public static final Instrument VOICE_OOHS = Instrument.melodic(53);
    public static final Instrument ALTO_SAX = Instrument.melodic(65);
    public static final Instrument FLUTE = Instrument.melodic(73);
    public static final Instrument SQUARE_LEAD = Instrument.melodic(80);
    public static final Instrument SAW_LEAD = Instrument.melodic(81);
    public static final Instrument WARM_PAD = Instrument.melodic(89);
    public static final Instrument REVERSE_CYMBAL = Instrument.melodic(119);
    public static final Instrument SEASHORE = Instrument.melodic(122);

    private Gm() {
    }
}
