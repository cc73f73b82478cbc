package com.cms.platform.audit;

/** The metadata keys every event carries for the audit log. */
public final class AuditMetaData {

    /** who sent the command that caused the event ({@code X-Actor}) */
    public static final String ACTOR = "actor";
    /** why, as the user said it; personal data, so stored encrypted under {@link #DATA_SUBJECT}'s key */
    public static final String REASON = "reason";
    /** whose key encrypts the reason: the aggregate the command was sent to */
    public static final String DATA_SUBJECT = "dataSubject";
    /** the request's correlation id ({@code X-Correlation-Id}); Axon's own trace id, kept across services */
    public static final String CORRELATION_ID = "traceId";

    private AuditMetaData() {
    }
}
