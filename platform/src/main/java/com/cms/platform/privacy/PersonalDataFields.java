package com.cms.platform.privacy;

import com.cms.events.DataSubject;
import com.cms.events.PersonalData;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Which JSON fields of a message type hold personal data, and which field names their subject. */
public record PersonalDataFields(String subjectField, List<String> personalFields) {

    private static final Map<Class<?>, Optional<PersonalDataFields>> BY_TYPE = new ConcurrentHashMap<>();

    /** The personal fields of a record type; empty for types without any. */
    public static Optional<PersonalDataFields> of(Class<?> type) {
        return BY_TYPE.computeIfAbsent(type, PersonalDataFields::inspect);
    }

    private static Optional<PersonalDataFields> inspect(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> personal = Arrays.stream(components)
                .filter(component -> component.isAnnotationPresent(PersonalData.class))
                .map(RecordComponent::getName).toList();
        if (personal.isEmpty()) {
            return Optional.empty();
        }
        String subject = Arrays.stream(components)
                .filter(component -> component.isAnnotationPresent(DataSubject.class))
                .map(RecordComponent::getName).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getName() + " has personal data but no @DataSubject"));
        return Optional.of(new PersonalDataFields(subject, personal));
    }
}
