package com.cms.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

class CustomerArchivedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void upcastsRevisionOneToAnArchiveThatKeptTheData() {
        List<IntermediateEventRepresentation> upcast = new CustomerArchivedUpcaster()
                .upcast(Stream.of(stored("1", "{\"customerId\":\"c\",\"references\":1,\"cause\":\"REFERENCED\","
                        + "\"archivedAt\":\"2025-01-01T00:00:00Z\"}"))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(payload.path("anonymized").isBoolean()).isTrue();
        assertThat(payload.path("anonymized").asBoolean()).isFalse();
        assertThat(payload.path("references").asInt()).isEqualTo(1);
    }

    @Test
    void leavesRevisionTwoAlone() {
        String json = "{\"customerId\":\"c\",\"references\":0,\"cause\":\"DEADLINE_EXPIRED\","
                + "\"archivedAt\":\"2025-01-01T00:00:00Z\",\"anonymized\":true}";
        List<IntermediateEventRepresentation> upcast = new CustomerArchivedUpcaster()
                .upcast(Stream.of(stored("2", json))).toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(upcast.get(0).getData(JsonNode.class).getData().path("anonymized").asBoolean()).isTrue();
    }

    private IntermediateEventRepresentation stored(String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Customer", "c", 3, "e-" + revision,
                Instant.parse("2025-01-01T00:00:00Z"), "com.cms.events.customer.CustomerArchived", revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }
}
