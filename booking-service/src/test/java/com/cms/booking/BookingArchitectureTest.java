package com.cms.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** booking-service keeps to itself: web goes through commands, the domain is free of Spring, no customer tables. */
class BookingArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.cms.booking");

    /**
     * customer-service's own tables, and tables whose names booking-service could also own (idempotency keys,
     * Axon's) when qualified with customer-service's schema.
     */
    private static final Pattern CUSTOMER_TABLES = Pattern.compile(
            "customer_view|customer_deletion|booking_reference|deletion_request_seen"
                    + "|(?<![\\w.])\"?customer\"?\\.\"?(idempotency_key|scheduled_tasks"
                    + "|tokenentry|sagaentry|associationvalueentry|deadletterentry)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void webDoesNotReachIntoTheBookingAggregate() {
        noClasses().that().resideInAPackage("com.cms.booking.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.cms.booking.command.Booking")
                .check(CLASSES);
    }

    @Test
    void dependsOnNothingOfCustomerService() {
        noClasses().that().resideInAPackage("com.cms.booking..")
                .should().dependOnClassesThat().resideInAPackage("com.cms.customer..")
                .check(CLASSES);
    }

    @Test
    void keepsTheBookingAggregateFreeOfSpring() {
        noClasses().that().resideInAPackage("com.cms.booking.command..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void neverNamesATableOfCustomerService() {
        Map<Path, String> sources = mainSources();
        assertThat(sources.values()).as("the scan reads this service's own schema")
                .anyMatch(text -> text.contains("CREATE TABLE booking_view"));

        Map<Path, String> offending = new LinkedHashMap<>();
        sources.forEach((file, text) -> CUSTOMER_TABLES.matcher(text).results()
                .forEach(match -> offending.put(file, match.group())));
        assertThat(offending).as("files under src/main that name customer-service's tables").isEmpty();
    }

    private static Map<Path, String> mainSources() {
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            List<Path> regularFiles = files.filter(Files::isRegularFile).toList();
            Map<Path, String> sources = new LinkedHashMap<>();
            for (Path file : regularFiles) {
                sources.put(file, Files.readString(file, StandardCharsets.ISO_8859_1));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
