package com.cms.platform.events;

import com.cms.platform.privacy.KeyVault;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public event stream and the audit history's reader. */
@AutoConfiguration
public class PublicEventsConfiguration {

    @Bean
    PublicEvents publicEvents(EventStorageEngine storage, EventStore eventStore,
                              @Qualifier("eventSerializer") Serializer serializer, KeyVault keys, ObjectMapper json,
                              JdbcTemplate jdbc, Clock clock,
                              @Value("${cms.public-events.gap-timeout:10s}") Duration gapTimeout) {
        return new PublicEvents(storage, eventStore, serializer, keys, json, jdbc, clock, gapTimeout);
    }

    /** Only the service that publishes the stream (customer-service, as API.md says) serves {@code /events}. */
    @Bean
    @ConditionalOnProperty("cms.public-events.enabled")
    PublicEventsController publicEventsController(
            PublicEvents events,
            @Value("${cms.public-events.max-streams:64}") int maxStreams,
            @Value("${cms.public-events.connection-lifetime:10m}") Duration connectionLifetime) {
        ExecutorService streams = new ThreadPoolExecutor(maxStreams, maxStreams, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "event-stream");
                    thread.setDaemon(true);
                    return thread;
                });
        return new PublicEventsController(events, streams, connectionLifetime);
    }

    /** Ends the stream threads with the context; each connection's loop then completes its emitter. */
    @Bean
    @ConditionalOnProperty("cms.public-events.enabled")
    org.springframework.beans.factory.DisposableBean publicEventStreamsShutdown(PublicEventsController controller) {
        return controller::shutDown;
    }
}
