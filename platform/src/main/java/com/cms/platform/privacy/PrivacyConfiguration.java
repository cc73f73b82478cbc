package com.cms.platform.privacy;

import com.cms.platform.eventstore.EventStoreConfiguration;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Crypto-shredding for every service: the key vault, the encrypting event serializer, the legacy migration. */
@AutoConfiguration(before = AxonAutoConfiguration.class, after = EventStoreConfiguration.class)
public class PrivacyConfiguration {

    @Bean
    KeyVault keyVault(JdbcTemplate jdbc) {
        return new KeyVault(jdbc);
    }

    @Bean
    PersonalDataCipher personalDataCipher(KeyVault vault) {
        return new PersonalDataCipher(vault);
    }

    /** Replaces Axon's event serializer: Jackson as configured for messages, with personal fields encrypted. */
    @Bean
    @Qualifier("eventSerializer")
    CryptoShreddingSerializer eventSerializer(@Qualifier("messageSerializer") Serializer messageSerializer,
                                              PersonalDataCipher cipher) {
        return new CryptoShreddingSerializer(messageSerializer, cipher);
    }

    /** Runs before any processor starts: an upgraded store holds no readable personal data from then on. */
    @Bean(initMethod = "runOnce")
    LegacyPersonalDataMigration legacyPersonalDataMigration(EventStoreConfiguration.EventStoreSchema migratedSchema,
                                                            JdbcTemplate jdbc, TransactionTemplate transactions,
                                                            CryptoShreddingSerializer eventSerializer,
                                                            ObjectMapper json) {
        return new LegacyPersonalDataMigration(jdbc, transactions, eventSerializer, json);
    }
}
