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

    private UUID customerId;

    @Autowired
    @JsonIgnore
    private transient CommandGateway commandGateway;
    @Autowired
    @JsonIgnore
    private transient BookingReferenceLookup bookingReferences;
    @Autowired
    @JsonIgnore
    private transient DeletionSettings settings;

    @StartSaga
    @SagaEventHandler(associationProperty = "customerId")
    void on(CustomerDeletionRequested event, @SequenceNumber long sequenceNumber, DeadlineManager deadlines) {
        customerId = event.customerId();
        deadlines.schedule(settings.decisionDeadline(), DEADLINE);
        // decide only from a projection that has seen this request, hence every reference granted before it
        int references = bookingReferences.countAfterDeletionRequest(customerId, sequenceNumber);
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
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "customerId")
    void on(CustomerArchived event, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(DEADLINE); // this saga's deadline only, never other deletions
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void onDeadline() {
        commandGateway.sendAndWait(archive(ArchiveCause.DEADLINE_EXPIRED));
    }

    private ArchiveCustomerCommand archive(ArchiveCause cause) {
        return new ArchiveCustomerCommand(customerId, cause, settings.anonymizeOnArchive());
    }
}
