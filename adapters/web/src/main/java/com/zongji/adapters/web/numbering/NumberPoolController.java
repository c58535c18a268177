package com.zongji.adapters.web.numbering;

import com.zongji.adapters.web.UploadLimits;
import com.zongji.engine.numbering.NumberPools;
import com.zongji.engine.numbering.PoolImport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The carrier loads its number pools as UTF-8 CSV ({@code number,province,city}); a bad row answers 400 naming
 * the row and nothing is imported; numbers already present are left alone.
 */
@RestController
@PreAuthorize("hasRole('PLATFORM_REVIEWER')")
@RequiredArgsConstructor
class NumberPoolController {

    private final NumberPools pools;
    private final UploadLimits limits;

    @PostMapping(path = "/api/number-pools", consumes = {"text/csv", "text/plain"})
    PoolImport load(InputStream body) throws IOException {
        byte[] csv = limits.read(body);
        return pools.load(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8));
    }
}
