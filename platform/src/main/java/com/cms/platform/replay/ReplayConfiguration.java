package com.cms.platform.replay;

import java.time.Clock;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Read-model rebuilds for a service that names its projection processors in {@code cms.replay.processors}. */
@AutoConfiguration
@ConditionalOnProperty("cms.replay.processors")
public class ReplayConfiguration {

    @Bean
    ReadModelReplay readModelReplay(EventProcessingConfiguration processing, TokenStore tokens, JdbcTemplate jdbc,
                                    Clock clock, @Value("${cms.replay.processors}") List<String> processors) {
        return new ReadModelReplay(processing, tokens, jdbc, clock, processors);
    }

    @Bean
    ReplayController replayController(ReadModelReplay replay) {
        return new ReplayController(replay);
    }
}
