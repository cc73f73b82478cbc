package com.cms.customer.deletion;

import com.cms.events.customer.ArchiveCause;
import com.cms.events.customer.ArchiveCustomerCommand;
import com.cms.events.customer.CustomerArchived;
import com.cms.events.customer.CustomerDeletionRequested;
import com.cms.events.customer.CustomerPurgeRefused;
import com.cms.events.customer.CustomerPurged;
import com.cms.events.customer.PurgeCustomerCommand;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Decides a deletion: purge when no booking references the customer, archive otherwise.
 * The customer aggregate re-checks a purge; the deadline archives a deletion left undecided.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class DeleteCustomerSaga {

    static final String DEADLINE = "customer-deletion-deadline";
    static final String RECHECK = "customer-deletion-recheck";
    static final Duration RECHECK_DELAY = Duration.ofSeconds(1);

    private UUID customerId;
    private long requestSequence;

    @Autowired
    @JsonIgnore
    private transient CommandGateway commandGateway;
    @Autowired
    @JsonIgnore
    private transient BookingReferenceLookup bookingReferences;
    @Autowired
    @JsonIgnore
    private transient DeletionSettings settings;
    @Autowired
    @JsonIgnore
    private transient DeadlineManager deadlineManager;

    @StartSaga
    @SagaEventHandler(associationProperty = "customerId")
    void on(CustomerDeletionRequested event, @SequenceNumber long sequenceNumber, DeadlineManager deadlines) {
        customerId = event.customerId();
        requestSequence = sequenceNumber;
        deadlines.schedule(settings.decisionDeadline(), DEADLINE);
        decide(deadlines);
    }

    @DeadlineHandler(deadlineName = RECHECK)
    void recheck() {
        decide(deadlineManager); // a deadline handler's first parameter is its payload, so the manager is a field
    }

    /** Decides from a projection that has seen this request, hence every reference granted before it. */
    private void decide(DeadlineManager deadlines) {
        int references;
        try {
            references = bookingReferences.countAfterDeletionRequest(customerId, requestSequence);
        } catch (ProjectionBehindException behind) {
            // keep the saga and its deadline, and look again shortly, instead of failing the whole segment
            deadlines.schedule(RECHECK_DELAY, RECHECK);
            return;
        }
        commandGateway.sendAndWait(references == 0
                ? new PurgeCustomerCommand(customerId)
                : archive(ArchiveCause.REFERENCED));
    }

    @SagaEventHandler(associationProperty = "customerId")
    void on(CustomerPurgeRefused event) {
        // a reference was granted that the projection had not shown: when in doubt, archive
        commandGateway.sendAndWait(archive(ArchiveCause.REFERENCED));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "customerId")
    void on(CustomerPurged event, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(DEADLINE); // this saga's deadline only, never other deletions
        deadlines.cancelAllWithinScope(RECHECK);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "customerId")
    void on(CustomerArchived event, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(DEADLINE); // this saga's deadline only, never other deletions
        deadlines.cancelAllWithinScope(RECHECK);
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void onDeadline() {
        commandGateway.sendAndWait(archive(ArchiveCause.DEADLINE_EXPIRED));
    }

    private ArchiveCustomerCommand archive(ArchiveCause cause) {
        return new ArchiveCustomerCommand(customerId, cause, settings.anonymizeOnArchive());
    }
}
