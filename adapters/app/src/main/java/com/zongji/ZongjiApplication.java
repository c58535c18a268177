package com.zongji;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Assembles engine, rules, processes and adapters into one runnable engine node. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZongjiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZongjiApplication.class, args);
    }
}
