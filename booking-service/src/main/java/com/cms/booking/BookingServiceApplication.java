package com.cms.booking;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** booking-service: bookings, which reference customers only with their consent. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BookingServiceApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** Its own configuration name, so that it can share a JVM with customer-service in local runs and tests. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(BookingServiceApplication.class)
                .properties("spring.config.name=booking-service");
    }
}
