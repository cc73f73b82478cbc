package com.cms.system;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.ApplicationContext;

/** Rebuilds a service's read models from the event log, as an operator would, and waits until caught up. */
final class Replays {

    private Replays() {
    }

    static void rebuild(ApplicationContext service, String processor) {
        StreamingEventProcessor readModels = service.getBean(EventProcessingConfiguration.class)
                .eventProcessor(processor, StreamingEventProcessor.class).orElseThrow();
        int segments = service.getBean(TokenStore.class).fetchSegments(processor).length;
        readModels.shutDown();
        readModels.resetTokens();
        readModels.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!caughtUp(readModels, segments)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(processor + " did not catch up within 60 s: " + readModels.processingStatus());
            }
            sleep();
        }
    }

    /**
     * Every segment claimed again and caught up past the position the reset started from (a replay token only
     * leaves replay on the next event after that position, so "replaying" alone can stay true on a quiet log).
     */
    private static boolean caughtUp(StreamingEventProcessor processor, int segments) {
        var status = processor.processingStatus().values();
        return status.size() == segments && status.stream().allMatch(segment -> segment.isCaughtUp()
                && (!segment.isReplaying() || segment.getCurrentPosition().orElse(-1)
                        >= segment.getResetPosition().orElse(Long.MAX_VALUE)));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
