package com.cms.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** shared-events is the contract between the services: plain messages, versioned, owned by neither service. */
class PublishedLanguageRulesTest {

    private static final JavaClasses MESSAGES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.cms.events");

    @Test
    void dependsOnNothingOfTheServices() {
        noClasses().that().resideInAPackage("com.cms.events..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.cms.customer..", "com.cms.booking..", "com.cms.platform..")
                .check(MESSAGES);
    }

    @Test
    void dependsOnlyOnTheJdkAndAxonsMessageAnnotations() {
        classes().that().resideInAPackage("com.cms.events..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.cms.events..", "org.axonframework.modelling.command..",
                        "org.axonframework.serialization..")
                .check(MESSAGES);
    }

    @Test
    void holdsOnlyRecordsEnumsAndAnnotations() {
        classes().that().resideInAPackage("com.cms.events..").and().doNotHaveSimpleName("package-info")
                .and().areNotAnnotations()
                .should().beRecords().orShould().beEnums()
                .check(MESSAGES);
    }

    @Test
    void versionsEveryEvent() {
        classes().that().resideInAPackage("com.cms.events..").and().areRecords()
                .and().haveSimpleNameNotEndingWith("Command")
                .should().beAnnotatedWith(Revision.class)
                .check(MESSAGES);
    }
}
