package com.zongji.adapters.sip.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The shipped prompts, {@code prompts/<recording>.wav} on the class path, read once as µ-law samples. */
final class Recordings {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final int FORMAT_MU_LAW = 7;

    private final Map<String, byte[]> samples = new ConcurrentHashMap<>();

    byte[] muLaw(String recording) {
        if (recording == null || !NAME.matcher(recording).matches()) {
            throw new IllegalArgumentException("Not a recording name: " + recording);
        }
        return samples.computeIfAbsent(recording, Recordings::load);
    }

    private static byte[] load(String recording) {
        String resource = "prompts/" + recording + ".wav";
        try (InputStream in = Recordings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No recording " + resource + " on the class path");
            }
            return dataOf(resource, ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The samples of a RIFF/WAVE file that must be G.711 µ-law, 8 kHz, mono: the format RTP sends as is. */
    private static byte[] dataOf(String resource, ByteBuffer wav) {
        if (wav.remaining() < 12 || wav.getInt(0) != 0x46464952 || wav.getInt(8) != 0x45564157) {
            throw new IllegalStateException(resource + " is not a WAV file");
        }
        boolean muLaw8kMono = false;
        int position = 12;
        while (position + 8 <= wav.limit()) {
            int id = wav.getInt(position);
            int size = wav.getInt(position + 4);
            int body = position + 8;
            if (id == 0x20746d66) { // "fmt "
                muLaw8kMono = wav.getShort(body) == FORMAT_MU_LAW && wav.getShort(body + 2) == 1
                        && wav.getInt(body + 4) == 8000;
            } else if (id == 0x61746164) { // "data"
                if (!muLaw8kMono) {
                    throw new IllegalStateException(resource + " must be G.711 µ-law, 8 kHz, mono");
                }
                byte[] data = new byte[Math.min(size, wav.limit() - body)];
                wav.get(body, data);
                return data;
            }
            position = body + size + (size & 1); // chunks are padded to even sizes
        }
        throw new IllegalStateException(resource + " has no audio data");
    }
}
