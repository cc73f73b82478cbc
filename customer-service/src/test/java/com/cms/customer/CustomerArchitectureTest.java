package com.cms.customer;

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

/** customer-service keeps to itself: web goes through commands, the domain is free of Spring, no booking tables. */
class CustomerArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.cms.customer");

    /** booking-service's own tables, and Axon's tables in its schema. */
    private static final Pattern BOOKING_TABLES = Pattern.compile(
            "booking_view|customer_summary"
                    + "|(?<![\\w.])\"?booking\"?\\.\"?(tokenentry|sagaentry|associationvalueentry|deadletterentry)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void webDoesNotReachIntoTheCustomerAggregate() {
        noClasses().that().resideInAPackage("com.cms.customer.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.cms.customer.command.Customer")
                .check(CLASSES);
    }

    @Test
    void dependsOnNothingOfBookingService() {
        noClasses().that().resideInAPackage("com.cms.customer..")
                .should().dependOnClassesThat().resideInAPackage("com.cms.booking..")
                .check(CLASSES);
    }

    @Test
    void keepsTheCustomerAggregateFreeOfSpring() {
        noClasses().that().resideInAPackage("com.cms.customer.command..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void neverNamesATableOfBookingService() {
        Map<Path, String> sources = mainSources();
        assertThat(sources.values()).as("the scan reads this service's own schema")
                .anyMatch(text -> text.contains("CREATE TABLE booking_reference"));

        Map<Path, String> offending = new LinkedHashMap<>();
        sources.forEach((file, text) -> BOOKING_TABLES.matcher(text).results()
                .forEach(match -> offending.put(file, match.group())));
        assertThat(offending).as("files under src/main that name booking-service's tables").isEmpty();
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
