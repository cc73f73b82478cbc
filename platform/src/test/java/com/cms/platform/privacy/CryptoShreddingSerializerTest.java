package com.cms.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cms.events.customer.CustomerArchived;
import com.cms.events.customer.ArchiveCause;
import com.cms.events.customer.CustomerRegistered;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class CryptoShreddingSerializerTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build(); // as Spring Boot configures it

    private final InMemoryKeys keys = new InMemoryKeys();
    private final CryptoShreddingSerializer serializer = new CryptoShreddingSerializer(
            JacksonSerializer.builder().objectMapper(JSON).build(), new PersonalDataCipher(keys));
    private final UUID customerId = UUID.randomUUID();
    private final CustomerRegistered registered = new CustomerRegistered(customerId, "Ada Lovelace",
            "ada@example.com", "+44 20 7946 0000", Instant.parse("2025-01-01T00:00:00Z"));

    @Test
    void storesPersonalFieldsOnlyEncrypted() {
        String stored = stored(registered);
        assertThat(stored).doesNotContain("Ada", "ada@example.com", "7946")
                .contains(customerId.toString(), PersonalDataCipher.PREFIX, "2025-01-01T00:00:00Z");
    }

    @Test
    void readsThemBackWhileTheKeyExists() {
        assertThat((Object) serializer.deserialize(serializer.serialize(registered, byte[].class))).isEqualTo(registered);
    }

    @Test
    void readsThemAsErasedOnceTheKeyIsShredded() {
        SerializedObject<byte[]> stored = serializer.serialize(registered, byte[].class);
        keys.shred(customerId);
        CustomerRegistered read = serializer.deserialize(stored);
        assertThat(read.customerId()).isEqualTo(customerId);
        assertThat(read.registeredAt()).isEqualTo(registered.registeredAt());
        assertThat(read.name()).isNull();
        assertThat(read.email()).isNull();
        assertThat(read.phone()).isNull();
    }

    @Test
    void readsLegacyPlaintextUntilTheSubjectIsShredded() {
        SerializedObject<byte[]> legacy = new SimpleSerializedObject<>(
                ("{\"customerId\":\"" + customerId + "\",\"name\":\"Ada\",\"email\":\"ada@example.com\","
                        + "\"phone\":null,\"registeredAt\":\"2025-01-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8),
                byte[].class, CustomerRegistered.class.getName(), "1");
        assertThat(((CustomerRegistered) serializer.deserialize(legacy)).name()).isEqualTo("Ada");
        keys.shred(customerId);
        assertThat(((CustomerRegistered) serializer.deserialize(legacy)).name()).isNull();
    }

    @Test
    void refusesACiphertextMovedToAnotherCustomer() {
        String stored = stored(registered);
        UUID other = UUID.randomUUID();
        keys.keyForWriting(other);
        SerializedObject<byte[]> moved = new SimpleSerializedObject<>(
                stored.replace(customerId.toString(), other.toString()).getBytes(StandardCharsets.UTF_8),
                byte[].class, CustomerRegistered.class.getName(), "1");
        assertThatThrownBy(() -> serializer.deserialize(moved)).hasMessageContaining("does not decrypt");
    }

    @Test
    void leavesEventsWithoutPersonalDataAsJacksonWritesThem() {
        CustomerArchived archived = new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED,
                Instant.parse("2025-01-01T00:00:00Z"), false);
        assertThat(stored(archived)).doesNotContain(PersonalDataCipher.PREFIX);
        assertThat(keys.existingKey(customerId)).isEmpty();
    }

    private String stored(Object event) {
        return new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
