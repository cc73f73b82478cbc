package com.cms.platform.eventstore;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The shared backbone every service plugs into: one Axon JDBC event store in the {@code events} schema, created
 * by its own Flyway history, and processing defaults that never skip a failing event.
 */
@AutoConfiguration(before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
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

    @Bean(destroyMethod = "close")
    AvailabilityTicker availabilityTicker(@Value("${cms.event-store.wake-interval:5ms}") Duration wakeInterval) {
        return new AvailabilityTicker(wakeInterval);
    }

    /**
     * Every processor is pooled and streaming, and a failing handler stops its segment instead of skipping.
     * Read-model processors (those a replay rebuilds) handle events in batches, one transaction a batch.
     */
    @Bean
    ConfigurerModule processingDefaults(AvailabilityTicker ticker,
                                        @Value("${cms.replay.processors:}") List<String> readModelProcessors,
                                        @Value("${cms.processing.read-model-batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing(processing -> {
            processing.usingPooledStreamingEventProcessors()
                    .configureDefaultStreamableMessageSource(c -> new TickingMessageSource(c.eventStore(), ticker))
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            // per name, never as a default: a default would also replace the sagas' start-at-head setting
            readModelProcessors.forEach(name -> processing.registerPooledStreamingEventProcessorConfiguration(
                    name, (c, builder) -> builder.batchSize(batchSize)));
        });
    }

    /** Axon's JDBC storage engine on the shared schema, as Axon would build it, declared here beside the store. */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .build();
    }

    /**
     * The event store with a short fetch delay: events the other service appends are seen by polling, and
     * Axon's default of one second would add up to a second to every hop of the reference protocol.
     */
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  @Value("${cms.event-store.fetch-delay:5ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    /** Every service reads customer events, so every service upcasts them. */
    @Bean
    CustomerArchivedUpcaster customerArchivedUpcaster() {
        return new CustomerArchivedUpcaster();
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
