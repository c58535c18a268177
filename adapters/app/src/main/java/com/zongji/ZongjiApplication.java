package com.zongji;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Assembles engine, rules, processes and adapters into one runnable engine node. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ZongjiApplication {

    /** Business rules read time in Asia/Shanghai explicitly; the clock itself is UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(ZongjiApplication.class, args);
    }
}
