package com.cms.platform.replay;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild of the read models stands: RUNNING with its progress, DONE, FAILED with the error, or IDLE.
 *
 * @param position        the lowest position any segment of the replayed processors has reached
 * @param targetPosition  the log's last position when the rebuild started
 * @param percent         position over target, 0 to 100
 * @param eventsPerSecond events per second over the last second while running, over the whole run once done
 */
public record ReplayStatus(String state, List<String> processors, Instant startedAt, Instant finishedAt,
                           long position, long targetPosition, double percent, double eventsPerSecond, String error) {

    static ReplayStatus idle(List<String> processors) {
        return new ReplayStatus("IDLE", processors, null, null, 0, 0, 0, 0, null);
    }

    boolean running() {
        return "RUNNING".equals(state);
    }
}
