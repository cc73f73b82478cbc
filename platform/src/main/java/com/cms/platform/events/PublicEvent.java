package com.cms.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * The public JSON form of an event, version {@value #FORMAT}: what the event stream and the audit history
 * show. Personal fields of a purged (or anonymized) customer are null and listed in {@code erased}.
 *
 * @param position      the event's global position in the log: the stream's resume point
 * @param type          the event's name, e.g. {@code CustomerPurged}
 * @param revision      the revision of the payload's shape
 * @param aggregateType {@code Customer} or {@code Booking}; null for an event published on behalf of none
 * @param sequence      the event's number within its aggregate's stream
 * @param reason        why, as the user said it (from the metadata); only in the audit history. Payload fields
 *                      such as a deletion's reason are personal data and erased with the customer like the rest
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicEvent(String format, long position, String type, String revision, Instant occurredAt,
                          String aggregateType, String aggregateId, Long sequence, String actor,
                          String correlationId, String reason, JsonNode payload, List<String> erased) {

    public static final String FORMAT = "cms.event.v1";
}
