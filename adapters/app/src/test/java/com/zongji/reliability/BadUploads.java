package com.zongji.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;

/** Files an upload must refuse as a whole: one just over the upload limit, and an xlsx that inflates too far. */
public final class BadUploads {

    /** The engine's upload limit ({@code spring.servlet.multipart.max-file-size}). */
    public static final int LIMIT = 5 * 1024 * 1024;

    /** The start of the 413 problem's detail. */
    private static final String TOO_LARGE = "上传的文件过大，上限为 5 MB";

    private BadUploads() {
    }

    /**
     * The answer to an oversized upload. The server answers 413 and closes the connection once it has read the rest
     * (see {@code AbortedUploads}); a pooled client connection has still, rarely, seen a broken transfer instead of
     * the answer (in CI, with and without that fix; not reproduced in 80 tries). Such a try is repeated, up to five
     * times; every try must leave everything unchanged.
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

    /** Asserts the answer to an oversized upload: 413 with a problem naming the limit. */
    public static void assertRefusedAsTooLarge(ResponseEntity<JsonNode> refused) {
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getBody().get("detail").asText()).startsWith(TOO_LARGE);
    }

    /**
     * The status line answering a multipart upload 1 MB over the limit that the client sends whole before it reads.
     * A server that stops reading at the limit and closes the connection resets it: the client then fails writing or
     * reading, and a client that writes all before it reads (most do) loses the answer.
     */
    public static String statusAfterSendingWhole(int port, String path, String login) throws IOException {
        String boundary = "zongji" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[LIMIT + 1024 * 1024];
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        String request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString((login + ":" + login).getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + (head.length + file.length + tail.length) + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.write(file);
            out.write(tail);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
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
