package org.studiopaths.audio;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads WAV files: 8-bit unsigned and 16/24/32-bit PCM, 32/64-bit float, plain or WAVE_FORMAT_EXTENSIBLE, at
 * their own sample rate. Mono stays mono, stereo stays stereo, more channels are folded to stereo
 * ({@link Downmix}).
 *
 * <p>Chunks are walked here rather than by Java Sound, whose reader gives up when more than about 8 KB of other
 * chunks come before {@code fmt }. No size in the file is trusted: every chunk must fit in the bytes that
 * actually follow it, so a damaged header cannot make us allocate more than the file holds.
 */
public final class WavReader {

    /** Frames decoded per read (at most 1 MB of file): few reads, and the block stays in the core's cache. */
    private static final int BLOCK_FRAMES = 65_536;
    /** Headers of other chunks are skipped; only {@code fmt } bodies are read, and they are small. */
    private static final int MAX_FMT_BYTES = 1 << 16;

    private WavReader() {
    }

    public static AudioData read(Path file) throws AudioFileException {
        return withFile(file, (ch, name) -> {
            Layout layout = layout(ch, name);
            return decode(ch, layout.format(), layout.dataStart(), layout.dataBytes(), name);
        });
    }

    /**
     * The file's frames read in place ({@link MappedPcm16Frames}) when it is 16-bit PCM at {@code rate}, mono or
     * stereo; empty for any other format, which {@link #read} decodes. Checks the file as {@link #read} does.
     */
    public static Optional<SampleFrames> mapPcm16(Path file, int rate) throws AudioFileException {
        return withFile(file, (ch, name) -> {
            Layout layout = layout(ch, name);
            WavFormat f = layout.format();
            if (f.encoding() != WavFormat.Encoding.PCM || f.bytesPerSample() != 2 || f.channels() > 2
                    || f.sampleRate() != rate) {
                return Optional.empty();
            }
            long bytes = layout.dataBytes() / f.blockAlign() * f.blockAlign(); // a trailing partial frame is ignored
            if (bytes > Integer.MAX_VALUE - 8) {
                return Optional.empty(); // more than one mapping holds; read() says why it cannot load it
            }
            return Optional.of(new MappedPcm16Frames(ch.map(FileChannel.MapMode.READ_ONLY, layout.dataStart(), bytes),
                    f.channels()));
        });
    }

    private interface FileWork<T> {
        T run(FileChannel ch, String name) throws IOException, AudioFileException;
    }

    /** Opens the file for reading and turns every way that can fail into one message naming the file. */
    private static <T> T withFile(Path file, FileWork<T> work) throws AudioFileException {
        String name = file.toString();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return work.run(ch, name);
        } catch (NoSuchFileException e) {
            throw new AudioFileException(name + ": no such file; check the path");
        } catch (AccessDeniedException e) {
            throw new AudioFileException(name + ": permission denied; allow reading the file");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new AudioFileException(name + ": is a folder; expected a WAV file");
            }
            throw new AudioFileException(name + ": could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** Where the audio is: the checked format and the data chunk's place. */
    private record Layout(WavFormat format, long dataStart, long dataBytes) {
    }

    private static Layout layout(FileChannel ch, String name) throws IOException, AudioFileException {
        long size = ch.size();
        checkRiffHeader(ch, size, name);
        WavFormat format = null;
        long dataStart = -1;
        long dataBytes = 0;
        long pos = 12; // the RIFF size is not used: stream writers leave it 0 or wrong
        // Walk until both chunks are found; whatever follows the audio (tags, junk) is never looked at.
        while (format == null || dataStart < 0) {
            if (size - pos < 8) {
                throw new AudioFileException(name + ": " + (format == null ? "has no fmt chunk" : "has no data chunk")
                        + " (the file ends after " + size + " bytes); the file is damaged or cut short:"
                        + " export it again");
            }
            ByteBuffer header = readFully(ch, pos, 8);
            String id = new String(header.array(), 0, 4, StandardCharsets.ISO_8859_1);
            long chunkSize = header.getInt(4) & 0xFFFFFFFFL;
            long follows = size - pos - 8;
            if (id.equals("data")) {
                if (chunkSize > follows) {
                    throw new AudioFileException(name + ": the data chunk says " + chunkSize + " bytes but only "
                            + follows + " follow; the file is cut short or was written as a stream: export it again");
                }
                dataStart = pos + 8;
                dataBytes = chunkSize;
            } else if (chunkSize > follows) {
                throw new AudioFileException(name + ": the \"" + printable(id) + "\" chunk says " + chunkSize
                        + " bytes but only " + follows + " follow; the file is damaged or cut short: export it again");
            } else if (id.equals("fmt ")) {
                if (chunkSize > MAX_FMT_BYTES) {
                    throw new AudioFileException(name + ": the fmt chunk says " + chunkSize
                            + " bytes, far more than a format description needs; the file is damaged: export it again");
                }
                format = WavFormat.parse(readFully(ch, pos + 8, (int) chunkSize).array(), name);
            }
            pos += 8 + chunkSize + (chunkSize & 1); // odd-sized chunks are followed by a pad byte
        }
        return new Layout(format, dataStart, dataBytes);
    }

    private static void checkRiffHeader(FileChannel ch, long size, String name) throws IOException, AudioFileException {
        if (size == 0) {
            throw new AudioFileException(name + ": the file is empty (0 bytes); expected a WAV file: export it again");
        }
        ByteBuffer head = readFully(ch, 0, (int) Math.min(12, size));
        byte[] b = head.array();
        String riff = new String(b, 0, Math.min(4, b.length), StandardCharsets.ISO_8859_1);
        if (b.length == 12 && riff.equals("RIFF")
                && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WAVE")) {
            return;
        }
        String kind = switch (riff) {
            case "RF64" -> "an RF64 (64-bit) WAV file, which Studio Paths does not read; export it as a standard WAV";
            case "RIFX" -> "a big-endian (RIFX) WAV file, which Studio Paths does not read;"
                    + " export it as a standard WAV";
            case "fLaC" -> "a FLAC file; convert it to WAV";
            case "OggS" -> "an Ogg file; convert it to WAV";
            case "FORM" -> "an AIFF file; convert it to WAV";
            default -> riff.startsWith("ID3") || (b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0)
                    ? "an MP3 file; convert it to WAV"
                    : "not a WAV file (it does not begin with RIFF....WAVE); convert or export it as WAV";
        };
        if (b.length < 12 && kind.startsWith("not")) {
            kind = "only " + size + " bytes, too short to be a WAV file; export it again";
        }
        throw new AudioFileException(name + ": is " + kind);
    }

    private static AudioData decode(FileChannel ch, WavFormat f, long start, long bytes, String name)
            throws IOException, AudioFileException {
        int blockAlign = f.blockAlign();
        long frames = bytes / blockAlign; // a trailing partial frame is ignored
        if (frames > Integer.MAX_VALUE - 8) {
            throw new AudioFileException(name + ": holds " + frames + " frames, more than Studio Paths can load ("
                    + (Integer.MAX_VALUE - 8) + "); cut it into shorter files");
        }
        int n = (int) frames;
        int outChannels = Downmix.outputChannels(f.channels());
        float[][] out = new float[outChannels][n];
        float[][] matrix = Downmix.matrix(f.channels(), f.channelMask());
        int blockFrames = (int) Math.max(1, Math.min(BLOCK_FRAMES, Math.min(n, (1 << 20) / blockAlign)));
        // Direct, so the file is read into it with no copy through a temporary buffer.
        ByteBuffer buf = ByteBuffer.allocateDirect(blockFrames * blockAlign).order(ByteOrder.LITTLE_ENDIAN);
        // Mono decodes straight into its channel; more channels through one interleaved block.
        float[] interleaved = f.channels() == 1 ? null : new float[blockFrames * f.channels()];
        SampleDecoder decoder = new SampleDecoder(f, blockFrames * f.channels());
        for (int done = 0; done < n; ) {
            int count = Math.min(blockFrames, n - done);
            buf.clear().limit(count * blockAlign);
            readFully(ch, start + (long) done * blockAlign, buf);
            buf.flip();
            if (interleaved == null) {
                decoder.decode(buf, out[0], done, count);
            } else {
                decoder.decode(buf, interleaved, 0, count * f.channels());
                route(interleaved, count, f.channels(), matrix, out, done);
            }
            done += count;
        }
        return new AudioData(out, f.sampleRate());
    }

    /** Splits stereo; folds more channels with the downmix matrix. */
    private static void route(float[] in, int frames, int channels, float[][] matrix, float[][] out, int at) {
        if (channels == 2) {
            float[] l = out[0];
            float[] r = out[1];
            for (int i = 0, j = 0; i < frames; i++, j += 2) {
                l[at + i] = in[j];
                r[at + i] = in[j + 1];
            }
        } else {
            for (int i = 0, j = 0; i < frames; i++, j += channels) {
                float l = 0;
                float r = 0;
                for (int c = 0; c < channels; c++) {
                    l += matrix[c][0] * in[j + c];
                    r += matrix[c][1] * in[j + c];
                }
                out[0][at + i] = l;
                out[1][at + i] = r;
            }
        }
    }

    private static ByteBuffer readFully(FileChannel ch, long pos, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, pos, b);
        return b;
    }

    private static void readFully(FileChannel ch, long pos, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            int n = ch.read(b, pos);
            if (n < 0) {
                throw new EOFException("the file got shorter while it was being read");
            }
            pos += n;
        }
    }

    private static String printable(String id) {
        StringBuilder s = new StringBuilder();
        for (char c : id.toCharArray()) {
            s.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return s.toString();
    }
}
