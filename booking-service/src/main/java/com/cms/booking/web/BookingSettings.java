package com.cms.booking.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the booking API.
 *
 * @param responseWait how long {@code POST /bookings} waits for the customer's answer before answering 202
 */
@ConfigurationProperties("cms.booking")
public record BookingSettings(Duration responseWait) {
}
