package com.cms.customer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** customer-service: customers, the reference protocol's customer side, and deletion. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CustomerServiceApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** Its own configuration name, so that it can share a JVM with booking-service in local runs and tests. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(CustomerServiceApplication.class)
                .properties("spring.config.name=customer-service");
    }
}
