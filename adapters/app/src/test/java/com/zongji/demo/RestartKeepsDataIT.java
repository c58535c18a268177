package com.zongji.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.ZongjiApplication;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.contact.ExternalContact;
import com.zongji.engine.contact.ExternalContactRepository;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.support.FreePorts;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A stopped and restarted engine finds its data again and does not seed the demo tenant twice. */
class RestartKeepsDataIT {

    @TempDir
    Path dataDir;

    @Test
    void secondStartReusesTheDatabase() {
        long contactId;
        long enterprisesAfterFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            enterprisesAfterFirstStart = first.getBean(EnterpriseRepository.class).count();
            long enterpriseId = first.getBean(UserAccountRepository.class).findById("admin").orElseThrow().getEnterpriseId();
            contactId = first.getBean(ExternalContactRepository.class)
                    .save(new ExternalContact(enterpriseId, "重启测试", "持久公司", "13900000001", null)).getId();
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(EnterpriseRepository.class).count()).isEqualTo(enterprisesAfterFirstStart);
            assertThat(second.getBean(ExternalContactRepository.class).findById(contactId))
                    .get().extracting(ExternalContact::getName).isEqualTo("重启测试");
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments, as they outrank the test run's system properties. An engine name of its own
        // and no webapps: Camunda registers engines and webapp runtimes in JVM-wide singletons, and closing
        // these contexts would otherwise take them away from the shared test context's REST API and Tasklist.
        return new SpringApplicationBuilder(ZongjiApplication.class).run(
                "--server.port=0",
                "--camunda.bpm.process-engine-name=restartCheck",
                "--camunda.bpm.webapp.enabled=false",
                "--zongji.sip.host=127.0.0.1",
                "--zongji.sip.port=" + FreePorts.udpAndTcp(),
                "--zongji.demo.enabled=true",
                "--spring.datasource.url=" + databaseUrl());
    }

    /** A file database of its own on H2; under the postgres profile, the run's PostgreSQL database. */
    private String databaseUrl() {
        boolean postgres = Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres");
        return postgres
                ? "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("ZONGJI_DB_NAME", "zongji_it")
                : "jdbc:h2:file:" + dataDir.resolve("zongji").toAbsolutePath();
    }
}
