package com.cms.platform.eventstore;

import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The shared backbone every service plugs into: one Axon JDBC event store in the {@code events} schema, created
 * by its own Flyway history, and processing defaults that never skip a failing event.
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
public class EventStoreConfiguration {

    static final String SCHEMA = "events";

    /** Migrates the shared schema; Flyway's advisory lock lets several services start at once. */
    @Bean
    EventStoreSchema eventStoreSchema(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/events").load().migrate();
        return new EventStoreSchema(SCHEMA);
    }

    @Bean
    EventSchema eventSchema(EventStoreSchema schema) {
        return EventSchema.builder()
                .eventTable(schema.name() + ".domainevententry")
                .snapshotTable(schema.name() + ".snapshotevententry")
                .build();
    }

    /** PostgreSQL reports a duplicate (aggregate, sequence) as SQLState 23505; Axon must see a concurrency conflict. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> ExceptionUtils.findException(exception, SQLException.class)
                .map(sql -> "23505".equals(sql.getSQLState()))
                .orElse(false);
    }

    /** Every processor is pooled and streaming, and a failing handler stops its segment instead of skipping. */
    @Bean
    ConfigurerModule processingDefaults() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The migrated schema that holds the event store. */
    public record EventStoreSchema(String name) {
    }
}
