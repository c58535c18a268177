package com.zongji.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the configured size ({@code spring.servlet.multipart.max-file-size}, also applied to raw-body
 * uploads) answers 413 with a problem saying the limit, Chinese first, before anything is read or changed.
 * Ordered ahead of Boot's problem-details handler, which would answer in English only.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimits {

    private final DataSize maxFileSize;

    UploadLimits(MultipartProperties multipart) {
        this.maxFileSize = multipart.getMaxFileSize();
    }

    /** The whole of a raw request body, or {@link UploadTooLarge} as soon as it passes the upload limit. */
    public byte[] read(InputStream body) throws IOException {
        long limit = maxFileSize.toBytes();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new UploadTooLarge();
        }
        return bytes;
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, UploadTooLarge.class})
    ProblemDetail tooLarge(RuntimeException e) {
        String limit = maxFileSize.toMegabytes() > 0 ? maxFileSize.toMegabytes() + " MB" : maxFileSize.toKilobytes() + " KB";
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "上传的文件过大，上限为 " + limit + "，未做任何更改 / The upload is too large (at most " + limit
                        + "); nothing was changed");
    }

    /** A raw-body upload over the limit. */
    static final class UploadTooLarge extends RuntimeException {
        UploadTooLarge() {
            super("upload too large", null, false, false);
        }
    }
}
