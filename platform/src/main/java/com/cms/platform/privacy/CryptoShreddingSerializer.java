package com.cms.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import com.cms.platform.audit.AuditMetaData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The event serializer: Jackson, with every {@code @PersonalData} field encrypted under its subject's key on
 * the way into the store and decrypted on the way out. Once the key is shredded those fields read as null,
 * in every service, in every replay, and in dead letters, which use this serializer too.
 */
public class CryptoShreddingSerializer implements Serializer {

    private final Serializer jackson;
    private final PersonalDataCipher cipher;

    public CryptoShreddingSerializer(Serializer jackson, PersonalDataCipher cipher) {
        this.jackson = jackson;
        this.cipher = cipher;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object instanceof MetaData metaData && metaData.get(AuditMetaData.REASON) instanceof String reason
                && metaData.get(AuditMetaData.DATA_SUBJECT) != null) {
            UUID subject = UUID.fromString(metaData.get(AuditMetaData.DATA_SUBJECT).toString());
            return jackson.serialize(metaData.and(AuditMetaData.REASON,
                    cipher.encrypt(cipher.keyForWriting(subject), subject, AuditMetaData.REASON, reason)),
                    expectedRepresentation);
        }
        Optional<PersonalDataFields> fields = object == null ? Optional.empty() : PersonalDataFields.of(object.getClass());
        if (fields.isEmpty()) {
            return jackson.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> plain = jackson.serialize(object, JsonNode.class);
        ObjectNode sealed = seal(fields.get(), plain.getData().deepCopy());
        return getConverter().convert(new SimpleSerializedObject<>(sealed, JsonNode.class, plain.getType()),
                expectedRepresentation);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (SerializedType.emptyType().equals(serializedObject.getType())) {
            return jackson.deserialize(serializedObject);
        }
        Class<?> type = classForType(serializedObject.getType());
        if (MetaData.class.equals(type)) {
            return (T) openReason(jackson.deserialize(serializedObject));
        }
        Optional<PersonalDataFields> fields = PersonalDataFields.of(type);
        if (fields.isEmpty()) {
            return jackson.deserialize(serializedObject);
        }
        SerializedObject<JsonNode> stored = getConverter().convert(serializedObject, JsonNode.class);
        ObjectNode opened = open(fields.get(), stored.getData().deepCopy());
        return jackson.deserialize(new SimpleSerializedObject<>(opened, JsonNode.class, stored.getType()));
    }

    /** Encrypts the personal fields of a stored JSON event in place; used for legacy plaintext too. */
    public ObjectNode seal(PersonalDataFields fields, JsonNode json) {
        ObjectNode node = (ObjectNode) json;
        UUID subject = UUID.fromString(node.path(fields.subjectField()).asText());
        Optional<SecretKey> key = Optional.empty();
        boolean keyLooked = false;
        for (String field : fields.personalFields()) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || PersonalDataCipher.isEncrypted(value.asText())) {
                continue;
            }
            if (!keyLooked) {
                key = cipher.keyForWriting(subject);
                keyLooked = true;
            }
            node.put(field, cipher.encrypt(key, subject, field, value.asText()));
        }
        return node;
    }

    private ObjectNode open(PersonalDataFields fields, ObjectNode node) {
        UUID subject = UUID.fromString(node.path(fields.subjectField()).asText());
        Optional<SecretKey> key = Optional.empty();
        boolean keyLooked = false;
        for (String field : fields.personalFields()) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!keyLooked) {
                key = cipher.keyForReading(subject);
                keyLooked = true;
            }
            // legacy plaintext of a shredded subject is erased on reading too
            Optional<String> plain = key.isEmpty() && cipher.isShredded(subject)
                    ? Optional.empty() : cipher.decrypt(key, subject, field, value.asText());
            if (plain.isPresent()) {
                node.put(field, plain.get());
            } else {
                node.putNull(field); // erased: the subject's key was shredded
            }
        }
        return node;
    }

    /** The reason in an event's metadata is personal data too: readable while its subject's key exists. */
    private MetaData openReason(MetaData metaData) {
        Object subject = metaData.get(AuditMetaData.DATA_SUBJECT);
        if (!(metaData.get(AuditMetaData.REASON) instanceof String stored) || subject == null) {
            return metaData;
        }
        UUID subjectId = UUID.fromString(subject.toString());
        Optional<String> reason = cipher.decrypt(cipher.keyForReading(subjectId), subjectId, AuditMetaData.REASON, stored);
        return reason.map(plain -> metaData.and(AuditMetaData.REASON, plain))
                .orElseGet(() -> metaData.withoutKeys(java.util.Set.of(AuditMetaData.REASON)));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
