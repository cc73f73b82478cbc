package com.cms.platform.events;

import com.cms.platform.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /events}: the public event stream of the whole system, as server-sent events whose {@code id} is
 * the global position (resume with {@code Last-Event-ID} or {@code ?after=}), or with
 * {@code Accept: application/json} as pages ({@code ?after=&limit=}).
 */
@RestController
public class PublicEventsController {

    private static final int PAGE = 200;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final PublicEvents events;
    private final ExecutorService streams;
    private final Duration connectionLifetime;

    public PublicEventsController(PublicEvents events, ExecutorService streams, Duration connectionLifetime) {
        this.events = events;
        this.streams = streams;
        this.connectionLifetime = connectionLifetime;
    }

    @GetMapping(path = "/events", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    Object events(HttpServletRequest request,
                  @RequestParam(required = false) Long after,
                  @RequestParam(defaultValue = "100") int limit,
                  @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        long from = start(after, lastEventId);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
                && !accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE)) {
            if (limit < 1 || limit > 1000) {
                throw ApiProblem.badRequest("limit must be 1 to 1000");
            }
            return events.after(from, limit);
        }
        return stream(from);
    }

    private SseEmitter stream(long from) {
        SseEmitter emitter = new SseEmitter(connectionLifetime.toMillis() + 5_000);
        try {
            streams.submit(() -> follow(emitter, from));
        } catch (RejectedExecutionException full) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Too many streams",
                    "every event-stream connection is taken; retry later or read pages with Accept: application/json");
        }
        return emitter;
    }

    /** Sends events as they come until the client leaves or the connection's lifetime ends (it then resumes). */
    private void follow(SseEmitter emitter, long from) {
        long position = from;
        long end = System.nanoTime() + connectionLifetime.toNanos();
        long lastSent = System.nanoTime();
        try {
            while (System.nanoTime() < end) {
                PublicEvents.Page page = events.after(position, PAGE);
                for (PublicEvent event : page.events()) {
                    emitter.send(SseEmitter.event().id(Long.toString(event.position())).name(event.type())
                            .data(event, MediaType.APPLICATION_JSON));
                }
                position = page.next();
                if (!page.events().isEmpty()) {
                    lastSent = System.nanoTime();
                } else if (System.nanoTime() - lastSent > HEARTBEAT.toNanos()) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                    lastSent = System.nanoTime();
                } else {
                    Thread.sleep(POLL.toMillis());
                }
            }
            emitter.complete();
        } catch (IOException clientLeft) {
            emitter.completeWithError(clientLeft);
        } catch (InterruptedException shuttingDown) {
            Thread.currentThread().interrupt();
            emitter.complete();
        } catch (RuntimeException failure) {
            emitter.completeWithError(failure);
            throw failure;
        }
    }

    void shutDown() {
        streams.shutdownNow();
    }

    private static long start(Long after, String lastEventId) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return requireNonNegative(Long.parseLong(lastEventId.strip()));
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("Last-Event-ID must be an event position");
            }
        }
        return after == null ? 0 : requireNonNegative(after);
    }

    private static long requireNonNegative(long position) {
        if (position < 0) {
            throw ApiProblem.badRequest("a position is never negative");
        }
        return position;
    }
}
