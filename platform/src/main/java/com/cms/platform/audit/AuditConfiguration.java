package com.cms.platform.audit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Actor, reason and correlation id on every command and event, for the audit log. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AuditConfiguration {

    @Bean
    FilterRegistrationBean<RequestOriginFilter> requestOriginFilter() {
        FilterRegistrationBean<RequestOriginFilter> registration = new FilterRegistrationBean<>(new RequestOriginFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Axon's correlation and trace ids; declared because declaring any provider replaces the defaults. */
    @Bean
    MessageOriginProvider auditMessageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    SimpleCorrelationDataProvider auditCorrelationData() {
        return new SimpleCorrelationDataProvider(AuditMetaData.ACTOR, AuditMetaData.REASON, AuditMetaData.DATA_SUBJECT);
    }

    /** Registered once every bean exists: the command bus itself depends on the providers above. */
    @Bean
    SmartInitializingSingleton auditCommands(ObjectProvider<CommandBus> commandBus) {
        return () -> commandBus.getObject().registerDispatchInterceptor(new AuditMetaDataInterceptor());
    }
}
