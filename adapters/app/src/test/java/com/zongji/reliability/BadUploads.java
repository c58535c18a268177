package com.zongji.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Files an upload must refuse as a whole: one just over the upload limit, and an xlsx that inflates too far. */
public final class BadUploads {

    /** The engine's upload limit ({@code spring.servlet.multipart.max-file-size}). */
    public static final int LIMIT = 5 * 1024 * 1024;

    /** The start of the 413 problem's detail. */
    public static final String TOO_LARGE = "上传的文件过大，上限为 5 MB";

    private BadUploads() {
    }

    /**
     * The answer to an oversized upload. The server answers 413 as soon as the limit is passed and may close the
     * connection while the client is still sending the rest; the client then sees a broken transfer, not an answer
     * (seen once in CI). Such a try is repeated, up to five times; every try must leave everything unchanged.
     */
    public static <T> ResponseEntity<T> answerTo(Supplier<ResponseEntity<T>> upload) {
        ResourceAccessException broken = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return upload.get();
            } catch (ResourceAccessException e) {
                broken = e;
            }
        }
        throw broken;
    }

    /** Incompressible bytes just over the limit: over it by less than the server swallows after answering. */
    public static byte[] oversized() {
        byte[] bytes = new byte[LIMIT + 64 * 1024];
        new Random(8).nextBytes(bytes);
        return bytes;
    }

    /**
     * {@code workbook} with an extra part of 40 MB of zeros, which zips to about 40 kB: POI's zip bomb guard
     * ({@code ZipSecureFile}, inflation ratio under 1 %) refuses it, and so must the upload.
     */
    public static byte[] zipBomb(byte[] workbook) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                out.write(zeros);
            }
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
