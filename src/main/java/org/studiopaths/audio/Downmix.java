package org.studiopaths.audio;

/**
 * How a file's channels fold into what the app keeps: mono stays mono, stereo stays stereo, and more channels
 * become stereo.
 *
 * <p>Each channel gets a speaker position: from the WAVE_FORMAT_EXTENSIBLE channel mask when it names exactly one
 * position per channel, otherwise from the usual layout for its count (3: L R C; 4: L R Ls Rs; 5: L R C Ls Rs;
 * 6: L R C LFE Ls Rs; 7: L R C LFE Cs Ls Rs; 8: L R C LFE Ls Rs Lss Rss). Positions are folded as ITU-R BS.775
 * does for 5.1: left speakers to the left at 0 dB, right to the right, centre and surrounds at -3 dB (0.7071),
 * a centre-rear or top-centre speaker at -3 dB into both sides after its -3 dB split (0.5 each), LFE dropped.
 *
 * <p>Other counts (9 or more channels with no usable mask) have no agreed layout: even-numbered channels
 * (0, 2, 4 ...) are averaged into the left and odd-numbered ones into the right, so nothing is lost and the
 * level cannot exceed that of the loudest channel.
 */
final class Downmix {

    static final float MINUS_3_DB = (float) Math.sqrt(0.5);

    // WAVE_FORMAT_EXTENSIBLE speaker bits, in the order channels are stored.
    private static final int FL = 0x1, FR = 0x2, FC = 0x4, LFE = 0x8, BL = 0x10, BR = 0x20, FLC = 0x40,
            FRC = 0x80, BC = 0x100, SL = 0x200, SR = 0x400, TC = 0x800, TFL = 0x1000, TFC = 0x2000,
            TFR = 0x4000, TBL = 0x8000, TBC = 0x10000, TBR = 0x20000;
    private static final int KNOWN_BITS = 0x3FFFF;

    private static final int[][] DEFAULT_LAYOUTS = {
            null, null, null,
            {FL, FR, FC},
            {FL, FR, BL, BR},
            {FL, FR, FC, BL, BR},
            {FL, FR, FC, LFE, BL, BR},
            {FL, FR, FC, LFE, BC, SL, SR},
            {FL, FR, FC, LFE, BL, BR, SL, SR},
    };

    private Downmix() {
    }

    /** Output channels for a file with {@code channels} channels: 1 stays 1, everything else becomes 2. */
    static int outputChannels(int channels) {
        return channels == 1 ? 1 : 2;
    }

    /**
     * The gains {@code [input channel][output channel]}. For mono and stereo it is the identity.
     */
    static float[][] matrix(int channels, int channelMask) {
        float[][] m = new float[channels][outputChannels(channels)];
        if (channels <= 2) {
            for (int c = 0; c < channels; c++) {
                m[c][c] = 1f;
            }
            return m;
        }
        int[] positions = positions(channels, channelMask);
        if (positions == null) {
            int left = (channels + 1) / 2;
            int right = channels / 2;
            for (int c = 0; c < channels; c++) {
                m[c][c % 2] = 1f / (c % 2 == 0 ? left : right);
            }
            return m;
        }
        for (int c = 0; c < channels; c++) {
            switch (positions[c]) {
                case FL, FLC -> m[c][0] = 1f;
                case FR, FRC -> m[c][1] = 1f;
                case FC, TFC -> m[c] = new float[] {MINUS_3_DB, MINUS_3_DB};
                case BL, SL, TFL, TBL -> m[c][0] = MINUS_3_DB;
                case BR, SR, TFR, TBR -> m[c][1] = MINUS_3_DB;
                case BC, TC, TBC -> m[c] = new float[] {0.5f, 0.5f};
                default -> { } // LFE: dropped, as BS.775 does
            }
        }
        return m;
    }

    /** The speaker bit of each channel, or null when the layout is unknown. */
    private static int[] positions(int channels, int channelMask) {
        int mask = channelMask & KNOWN_BITS;
        if (mask != 0 && Integer.bitCount(mask) == channels) {
            int[] p = new int[channels];
            int c = 0;
            for (int bit = 1; bit <= KNOWN_BITS; bit <<= 1) {
                if ((mask & bit) != 0) {
                    p[c++] = bit;
                }
            }
            return p;
        }
        return channels < DEFAULT_LAYOUTS.length ? DEFAULT_LAYOUTS[channels] : null;
    }
}
