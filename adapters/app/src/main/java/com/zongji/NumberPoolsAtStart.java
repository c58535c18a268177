package com.zongji;

import com.zongji.engine.numbering.NumberPools;
import com.zongji.engine.numbering.PoolImport;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the number pool CSV named by {@code zongji.number-pools.import} (e.g.
 * {@code classpath:pools/sample-pools.csv} or {@code file:/srv/carrier-pools.csv}) at every start; numbers
 * already present are skipped, so a restart changes nothing, and a bad file stops the start naming its rows.
 */
@Slf4j
@Component
@RequiredArgsConstructor
@ConditionalOnProperty("zongji.number-pools.import")
class NumberPoolsAtStart implements ApplicationRunner {

    private final NumberPools pools;
    private final ResourceLoader resources;

    @Value("${zongji.number-pools.import}")
    private String location;

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (Reader csv = new InputStreamReader(resources.getResource(location).getInputStream(), StandardCharsets.UTF_8)) {
            PoolImport result = pools.load(csv);
            log.info("Number pools from {}: {} imported, {} already present", location, result.imported(), result.alreadyPresent());
        }
    }
}
