package com.cms.platform.audit;

import java.util.Optional;

/**
 * Who sent the HTTP request being handled, why, and under which correlation id: what every command it sends
 * carries into the metadata of the events it causes. Bound to the request's thread by {@link RequestOriginFilter}.
 */
public final class RequestOrigin {

    public static final String ANONYMOUS = "anonymous";

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    private final String actor;
    private final String correlationId;
    private String reason;

    RequestOrigin(String actor, String correlationId) {
        this.actor = actor;
        this.correlationId = correlationId;
    }

    /** The origin of the request on this thread; empty outside a request (event handlers, sagas). */
    public static Optional<RequestOrigin> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Records why the user sends the command about to be sent, for example a deletion's {@code ?reason=}. */
    public static void because(String reason) {
        current().ifPresent(origin -> origin.reason = reason);
    }

    static void bind(RequestOrigin origin) {
        CURRENT.set(origin);
    }

    static void clear() {
        CURRENT.remove();
    }

    public String actor() {
        return actor;
    }

    public String correlationId() {
        return correlationId;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason).filter(text -> !text.isBlank());
    }
}
