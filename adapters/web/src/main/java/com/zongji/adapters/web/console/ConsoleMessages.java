package com.zongji.adapters.web.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's texts: message bundles `console/i18n/<area>.properties` (Chinese, the default) and
 * `<area>_en.properties` (English), one pair per console area, merged into one map for the page's
 * scripts. A key missing in English falls back to its Chinese text.
 */
@RestController
class ConsoleMessages {

    private static final String ENGLISH_SUFFIX = "_en.properties";

    private final Map<String, String> chinese = new TreeMap<>();
    private final Map<String, String> english = new TreeMap<>();

    ConsoleMessages() throws IOException {
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:console/i18n/*.properties")) {
            String name = bundle.getFilename();
            (name.endsWith(ENGLISH_SUFFIX) ? english : chinese).putAll(read(bundle));
        }
    }

    @GetMapping("/console/messages")
    ResponseEntity<Map<String, String>> messages(@RequestParam(defaultValue = "zh") String lang) {
        Map<String, String> texts = new TreeMap<>(chinese);
        if (lang.startsWith("en")) {
            texts.putAll(english);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(texts);
    }

    private static Map<String, String> read(Resource bundle) {
        try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read console texts " + bundle, e);
        }
    }
}
