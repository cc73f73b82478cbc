package com.cms.platform.events;

import com.cms.platform.audit.AuditMetaData;
import com.cms.platform.privacy.KeyVault;
import com.cms.platform.privacy.PersonalDataFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the log in its public form: pages after a position for the event stream, and one aggregate's history.
 * Events are read through Axon, so upcasting and decryption apply, and erased fields read as erased.
 */
public class PublicEvents {

    private final EventStorageEngine storage;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final KeyVault keys;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration gapTimeout;

    public PublicEvents(EventStorageEngine storage, EventStore eventStore, Serializer serializer, KeyVault keys,
                        ObjectMapper json, JdbcTemplate jdbc, Clock clock, Duration gapTimeout) {
        this.storage = storage;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.keys = keys;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    /** A page of the stream: events after the position, and the position to ask after next. */
    public record Page(List<PublicEvent> events, long next) {
    }

    /**
     * Up to {@code limit} events after {@code after}, in order. PostgreSQL may commit a lower position after a
     * higher one; the page stops before a missing position younger than the gap timeout, so a consumer that
     * resumes from {@code next} never skips an event that was merely late.
     */
    public Page after(long after, int limit) {
        TrackingToken start = after <= 0 ? null : GapAwareTrackingToken.newInstance(after, Collections.emptySet());
        List<PublicEvent> events = new ArrayList<>();
        long expected = after + 1;
        Instant gapsOlderThanThis = clock.instant().minus(gapTimeout);
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(start, false)) {
            Iterator<? extends TrackedEventMessage<?>> read = stream.limit(limit).iterator();
            while (read.hasNext()) {
                TrackedEventMessage<?> event = read.next();
                long position = event.trackingToken().position().orElseThrow();
                if (position < expected) {
                    continue; // a gap Axon looked up again: at or below a position already given out
                }
                if (position > expected && event.getTimestamp().isAfter(gapsOlderThanThis)) {
                    break; // a lower position may still commit: hold here until it does or the gap times out
                }
                events.add(toPublic(event, position, false));
                expected = position + 1;
            }
        }
        return new Page(events, expected - 1);
    }

    /** Every event of one aggregate of the type, in order, with the reasons the users gave; empty when unknown. */
    public List<PublicEvent> history(String aggregateType, String aggregateId) {
        // events first: an event appended meanwhile then has a position when the positions are read
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId).asStream().toList();
        if (events.isEmpty() || !aggregateType.equals(events.get(0).getType())) {
            return List.of();
        }
        Map<Long, Long> positions = jdbc.query("""
                SELECT sequencenumber, globalindex FROM events.domainevententry WHERE aggregateidentifier = ?""",
                rs -> {
                    Map<Long, Long> bySequence = new java.util.HashMap<>();
                    while (rs.next()) {
                        bySequence.put(rs.getLong(1), rs.getLong(2));
                    }
                    return bySequence;
                }, aggregateId);
        return events.stream()
                .map(event -> toPublic(event, positions.get(event.getSequenceNumber()), true))
                .collect(Collectors.toList());
    }

    private PublicEvent toPublic(EventMessage<?> event, long position, boolean withReason) {
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d && d.getType() != null ? d : null;
        Object payload = event.getPayload();
        String actor = (String) event.getMetaData().get(AuditMetaData.ACTOR);
        String correlationId = (String) event.getMetaData().get(AuditMetaData.CORRELATION_ID);
        String reason = withReason ? (String) event.getMetaData().get(AuditMetaData.REASON) : null;
        JsonNode tree = json.valueToTree(payload);
        return new PublicEvent(PublicEvent.FORMAT, position, event.getPayloadType().getSimpleName(),
                serializer.typeForClass(event.getPayloadType()).getRevision(), event.getTimestamp(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), actor, correlationId, reason,
                tree, erased(payload.getClass(), tree));
    }

    /** The personal fields this event held that are now erased, because their subject's key is shredded. */
    private List<String> erased(Class<?> payloadType, JsonNode tree) {
        Optional<PersonalDataFields> fields = PersonalDataFields.of(payloadType);
        if (fields.isEmpty()) {
            return null;
        }
        UUID subject = UUID.fromString(tree.path(fields.get().subjectField()).asText());
        return keys.isShredded(subject) ? fields.get().personalFields() : null;
    }
}
