package com.cms.platform.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Puts the request's actor, reason and correlation id into each command sent while handling it; Axon's
 * correlation data providers carry them on into every event and every command that follows.
 */
public class AuditMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Optional<RequestOrigin> origin = RequestOrigin.current();
            return origin.isEmpty() ? command : command.andMetaData(audit(origin.get(), command));
        };
    }

    private Map<String, Object> audit(RequestOrigin origin, CommandMessage<?> command) {
        Map<String, Object> audit = new HashMap<>();
        audit.put(AuditMetaData.ACTOR, origin.actor());
        audit.put(AuditMetaData.CORRELATION_ID, origin.correlationId());
        origin.reason().ifPresent(reason -> {
            audit.put(AuditMetaData.REASON, reason);
            audit.put(AuditMetaData.DATA_SUBJECT, targets.resolveTarget(command).getIdentifier());
        });
        return audit;
    }
}
