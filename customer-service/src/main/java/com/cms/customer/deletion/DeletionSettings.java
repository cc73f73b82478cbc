package com.cms.customer.deletion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of customer deletion.
 *
 * @param decisionDeadline after this, an undecided deletion is archived
 * @param projectionWait   how long the saga waits for the booking-reference projection before retrying
 * @param responseWait     how long {@code DELETE /customers/{id}} waits for the outcome before answering 202
 * @param anonymizeOnArchive when true, archiving erases the customer's personal data as a purge does
 */
@ConfigurationProperties("cms.deletion")
public record DeletionSettings(Duration decisionDeadline, Duration projectionWait, Duration responseWait,
                               boolean anonymizeOnArchive) {
}
