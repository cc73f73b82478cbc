package com.cms.customer.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.cms.events.customer.ArchiveCustomerCommand;
import com.cms.events.customer.ChangeCustomerDetailsCommand;
import com.cms.events.customer.CustomerArchived;
import com.cms.events.customer.CustomerDeletionRequested;
import com.cms.events.customer.CustomerDetailsChanged;
import com.cms.events.customer.CustomerPurgeRefused;
import com.cms.events.customer.CustomerPurged;
import com.cms.events.customer.CustomerReferenceGranted;
import com.cms.events.customer.CustomerReferenceRefused;
import com.cms.events.customer.CustomerReferenceReleased;
import com.cms.events.customer.CustomerRegistered;
import com.cms.events.customer.PurgeCustomerCommand;
import com.cms.events.customer.ReferenceRefusalReason;
import com.cms.events.customer.RegisterCustomerCommand;
import com.cms.events.customer.ReleaseCustomerReferenceCommand;
import com.cms.events.customer.RequestCustomerDeletionCommand;
import com.cms.events.customer.ReserveCustomerReferenceCommand;
import com.cms.events.customer.RestoreCustomerCommand;
import com.cms.events.customer.CustomerRestored;
import com.cms.platform.privacy.KeyVault;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The consistency boundary that replaces the foreign key: it alone grants references and decides purges. */
@Aggregate
class Customer {

    @AggregateIdentifier
    private UUID customerId;
    private CustomerStatus status;
    private final Set<UUID> grantedReferences = new HashSet<>();
    private boolean anonymized;

    Customer() {
        // for Axon
    }

    @CommandHandler
    Customer(RegisterCustomerCommand command, Clock clock) {
        apply(new CustomerRegistered(command.customerId(), command.name(), command.email(), command.phone(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ChangeCustomerDetailsCommand command) {
        requireStatus(CustomerStatus.ACTIVE, "change its details");
        apply(new CustomerDetailsChanged(customerId, command.name(), command.email(), command.phone()));
    }

    @CommandHandler
    void handle(ReserveCustomerReferenceCommand command) {
        if (grantedReferences.contains(command.bookingId())) {
            return; // a redelivered request: the reference is already granted
        }
        refusalReason().ifPresentOrElse(
                reason -> apply(new CustomerReferenceRefused(customerId, command.bookingId(), reason)),
                () -> apply(new CustomerReferenceGranted(customerId, command.bookingId())));
    }

    @CommandHandler
    void handle(ReleaseCustomerReferenceCommand command) {
        if (grantedReferences.contains(command.bookingId())) {
            apply(new CustomerReferenceReleased(customerId, command.bookingId()));
        }
    }

    @CommandHandler
    CustomerStatus handle(RequestCustomerDeletionCommand command, Clock clock) {
        if (status == CustomerStatus.PURGED) {
            throw new CustomerPurgedException(customerId);
        }
        if (status == CustomerStatus.ACTIVE) {
            apply(new CustomerDeletionRequested(customerId, command.reason(), clock.instant()));
        }
        return status; // pending or archived already: the earlier request's outcome stands
    }

    @CommandHandler
    void handle(PurgeCustomerCommand command, Clock clock, KeyVault keys) {
        if (status != CustomerStatus.DELETION_PENDING) {
            return; // this deletion already has its outcome
        }
        if (grantedReferences.isEmpty()) {
            purge(clock, keys);
        } else {
            apply(new CustomerPurgeRefused(customerId, grantedReferences.size()));
        }
    }

    @CommandHandler
    void handle(ArchiveCustomerCommand command, Clock clock, KeyVault keys) {
        if (status != CustomerStatus.DELETION_PENDING) {
            return; // this deletion already has its outcome
        }
        if (grantedReferences.isEmpty()) {
            // released after the saga looked, or the deadline came first: nothing needs the customer kept
            purge(clock, keys);
            return;
        }
        apply(new CustomerArchived(customerId, grantedReferences.size(), command.cause(), clock.instant(),
                command.anonymize()));
        if (command.anonymize()) {
            keys.shred(customerId);
        }
    }

    @CommandHandler
    void handle(RestoreCustomerCommand command, Clock clock) {
        if (status != CustomerStatus.ARCHIVED || anonymized) {
            throw new CustomerNotRestorableException(customerId, anonymized ? "anonymized" : status.name());
        }
        apply(new CustomerRestored(customerId, clock.instant()));
    }

    /** The event and the key go in one transaction: no purge without erasure, no erasure without purge. */
    private void purge(Clock clock, KeyVault keys) {
        apply(new CustomerPurged(customerId, clock.instant()));
        keys.shred(customerId);
    }


    private Optional<ReferenceRefusalReason> refusalReason() {
        return switch (status) {
            case ACTIVE -> Optional.empty();
            case DELETION_PENDING -> Optional.of(ReferenceRefusalReason.DELETION_PENDING);
            case ARCHIVED -> Optional.of(ReferenceRefusalReason.ARCHIVED);
            case PURGED -> Optional.of(ReferenceRefusalReason.PURGED);
        };
    }

    private void requireStatus(CustomerStatus required, String action) {
        if (status == CustomerStatus.PURGED) {
            throw new CustomerPurgedException(customerId);
        }
        if (status != required) {
            throw new CustomerNotActiveException(customerId, status, action);
        }
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
        status = CustomerStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CustomerReferenceGranted event) {
        grantedReferences.add(event.bookingId());
    }

    @EventSourcingHandler
    void on(CustomerReferenceReleased event) {
        grantedReferences.remove(event.bookingId());
    }

    @EventSourcingHandler
    void on(CustomerDeletionRequested event) {
        status = CustomerStatus.DELETION_PENDING;
    }

    @EventSourcingHandler
    void on(CustomerPurged event) {
        status = CustomerStatus.PURGED;
    }

    @EventSourcingHandler
    void on(CustomerArchived event) {
        status = CustomerStatus.ARCHIVED;
        anonymized = event.anonymized();
    }

    @EventSourcingHandler
    void on(CustomerRestored event) {
        status = CustomerStatus.ACTIVE;
    }
}
