package com.cms.customer.command;

import com.cms.events.customer.ArchiveCause;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import com.cms.platform.privacy.KeyVault;
import com.cms.events.customer.CustomerRestored;
import com.cms.events.customer.RestoreCustomerCommand;
import static org.assertj.core.api.Assertions.assertThat;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final Instant EARLIER = Instant.parse("2025-02-01T09:00:00Z");

    private final UUID customerId = UUID.randomUUID();
    private final UUID bookingId = UUID.randomUUID();
    private final UUID otherBookingId = UUID.randomUUID();

    private final RecordingKeyVault keys = new RecordingKeyVault();
    private FixtureConfiguration<Customer> fixture;

    /** Records which subjects' keys were shredded; the real vault is exercised end to end. */
    private static final class RecordingKeyVault extends KeyVault {

        private final Set<UUID> shredded = new HashSet<>();

        RecordingKeyVault() {
            super(null);
        }

        @Override
        public void shred(UUID subject) {
            shredded.add(subject);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(keys);
    }

    private CustomerRegistered registered() {
        return new CustomerRegistered(customerId, "Ada Lovelace", "ada@example.com", "+44 20 7946 0000", EARLIER);
    }

    private CustomerDeletionRequested deletionRequested() {
        return new CustomerDeletionRequested(customerId, "left the company", EARLIER);
    }

    // registration

    @Test
    void registersACustomerWithItsDetailsAtTheCurrentTime() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(customerId, "Ada Lovelace", "ada@example.com", "+44 20 7946 0000"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CustomerRegistered(customerId, "Ada Lovelace", "ada@example.com",
                        "+44 20 7946 0000", NOW));
    }

    // details

    @Test
    void changesTheDetailsWhileActive() {
        fixture.given(registered())
                .when(new ChangeCustomerDetailsCommand(customerId, "Ada King", "ada.king@example.com", null))
                .expectEvents(new CustomerDetailsChanged(customerId, "Ada King", "ada.king@example.com", null));
    }

    @Test
    void refusesToChangeTheDetailsWhileDeletionIsPending() {
        fixture.given(registered(), deletionRequested())
                .when(new ChangeCustomerDetailsCommand(customerId, "Ada King", "ada.king@example.com", null))
                .expectException(CustomerNotActiveException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToChangeTheDetailsOfAnArchivedCustomer() {
        fixture.given(registered(), deletionRequested(),
                        new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, EARLIER, false))
                .when(new ChangeCustomerDetailsCommand(customerId, "Ada King", "ada.king@example.com", null))
                .expectException(CustomerNotActiveException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToChangeTheDetailsOfAPurgedCustomer() {
        fixture.given(registered(), deletionRequested(), new CustomerPurged(customerId, EARLIER))
                .when(new ChangeCustomerDetailsCommand(customerId, "Ada King", "ada.king@example.com", null))
                .expectException(CustomerPurgedException.class)
                .expectNoEvents();
    }

    // the reference protocol

    @Test
    void grantsAReferenceWhileActive() {
        fixture.given(registered())
                .when(new ReserveCustomerReferenceCommand(customerId, bookingId))
                .expectEvents(new CustomerReferenceGranted(customerId, bookingId));
    }

    @Test
    void refusesAReferenceWhileDeletionIsPending() {
        fixture.given(registered(), deletionRequested())
                .when(new ReserveCustomerReferenceCommand(customerId, bookingId))
                .expectEvents(new CustomerReferenceRefused(customerId, bookingId,
                        ReferenceRefusalReason.DELETION_PENDING));
    }

    @Test
    void refusesAReferenceToAnArchivedCustomer() {
        fixture.given(registered(), deletionRequested(),
                        new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, EARLIER, false))
                .when(new ReserveCustomerReferenceCommand(customerId, bookingId))
                .expectEvents(new CustomerReferenceRefused(customerId, bookingId, ReferenceRefusalReason.ARCHIVED));
    }

    @Test
    void refusesAReferenceToAPurgedCustomer() {
        fixture.given(registered(), deletionRequested(), new CustomerPurged(customerId, EARLIER))
                .when(new ReserveCustomerReferenceCommand(customerId, bookingId))
                .expectEvents(new CustomerReferenceRefused(customerId, bookingId, ReferenceRefusalReason.PURGED));
    }

    @Test
    void grantsARedeliveredReservationOnlyOnce() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId))
                .when(new ReserveCustomerReferenceCommand(customerId, bookingId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void keepsAGrantedReferenceWhenTheReservationIsRedeliveredDuringDeletion() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId), deletionRequested())
                .when(new ReserveCustomerReferenceCommand(customerId, bookingId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasesAGrantedReference() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId))
                .when(new ReleaseCustomerReferenceCommand(customerId, bookingId))
                .expectEvents(new CustomerReferenceReleased(customerId, bookingId));
    }

    @Test
    void ignoresTheReleaseOfAReferenceItNeverGranted() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId))
                .when(new ReleaseCustomerReferenceCommand(customerId, otherBookingId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresASecondReleaseOfTheSameReference() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId),
                        new CustomerReferenceReleased(customerId, bookingId))
                .when(new ReleaseCustomerReferenceCommand(customerId, bookingId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // deletion request

    @Test
    void requestsDeletionOfAnActiveCustomerAndAnswersDeletionPending() {
        fixture.given(registered())
                .when(new RequestCustomerDeletionCommand(customerId, "left the company"))
                .expectEvents(new CustomerDeletionRequested(customerId, "left the company", NOW))
                .expectResultMessagePayload(CustomerStatus.DELETION_PENDING);
    }

    @Test
    void requestsDeletionOnlyOnceWhilePending() {
        fixture.given(registered(), deletionRequested())
                .when(new RequestCustomerDeletionCommand(customerId, "asked again"))
                .expectNoEvents()
                .expectResultMessagePayload(CustomerStatus.DELETION_PENDING);
    }

    @Test
    void answersArchivedToADeletionRequestForAnArchivedCustomer() {
        fixture.given(registered(), deletionRequested(),
                        new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, EARLIER, false))
                .when(new RequestCustomerDeletionCommand(customerId, "asked again"))
                .expectNoEvents()
                .expectResultMessagePayload(CustomerStatus.ARCHIVED);
    }

    @Test
    void refusesADeletionRequestForAPurgedCustomer() {
        fixture.given(registered(), deletionRequested(), new CustomerPurged(customerId, EARLIER))
                .when(new RequestCustomerDeletionCommand(customerId, "asked again"))
                .expectException(CustomerPurgedException.class)
                .expectNoEvents();
    }

    // purge

    @Test
    void purgesWhenNoReferenceIsGranted() {
        fixture.given(registered(), deletionRequested())
                .when(new PurgeCustomerCommand(customerId))
                .expectEvents(new CustomerPurged(customerId, NOW));
    }

    @Test
    void refusesToPurgeWhileAGrantedReferenceIsUnreleased() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId),
                        new CustomerReferenceGranted(customerId, otherBookingId),
                        new CustomerReferenceReleased(customerId, otherBookingId), deletionRequested())
                .when(new PurgeCustomerCommand(customerId))
                .expectEvents(new CustomerPurgeRefused(customerId, 1));
    }

    @Test
    void purgesOnceTheLastReferenceWasReleased() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId), deletionRequested(),
                        new CustomerReferenceReleased(customerId, bookingId))
                .when(new PurgeCustomerCommand(customerId))
                .expectEvents(new CustomerPurged(customerId, NOW));
    }

    @Test
    void referencesGrantedBeforeTheDeletionRequestStillBlockThePurge() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId), deletionRequested())
                .andGivenCommands(new ReserveCustomerReferenceCommand(customerId, otherBookingId))
                .when(new PurgeCustomerCommand(customerId))
                .expectEvents(new CustomerPurgeRefused(customerId, 1));
    }

    @Test
    void doesNotPurgeAnActiveCustomer() {
        fixture.given(registered())
                .when(new PurgeCustomerCommand(customerId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void doesNotPurgeAnArchivedCustomer() {
        fixture.given(registered(), deletionRequested(),
                        new CustomerArchived(customerId, 0, ArchiveCause.DEADLINE_EXPIRED, EARLIER, false))
                .when(new PurgeCustomerCommand(customerId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void doesNotPurgeTwice() {
        fixture.given(registered(), deletionRequested(), new CustomerPurged(customerId, EARLIER))
                .when(new PurgeCustomerCommand(customerId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // archive

    @Test
    void archivesWhileDeletionIsPendingWithTheReferenceCountAndCause() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId),
                        new CustomerReferenceGranted(customerId, otherBookingId), deletionRequested())
                .when(new ArchiveCustomerCommand(customerId, ArchiveCause.REFERENCED, false))
                .expectEvents(new CustomerArchived(customerId, 2, ArchiveCause.REFERENCED, NOW, false));
    }

    @Test
    void purgesInsteadOfArchivingWhenTheLastReferenceWasReleasedAfterTheSagaLooked() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId), deletionRequested(),
                        new CustomerReferenceReleased(customerId, bookingId))
                .when(new ArchiveCustomerCommand(customerId, ArchiveCause.REFERENCED, false))
                .expectEvents(new CustomerPurged(customerId, NOW));
    }

    @Test
    void archivesAnUndecidedDeletionWhenTheDeadlineExpired() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId), deletionRequested())
                .when(new ArchiveCustomerCommand(customerId, ArchiveCause.DEADLINE_EXPIRED, false))
                .expectEvents(new CustomerArchived(customerId, 1, ArchiveCause.DEADLINE_EXPIRED, NOW, false));
    }

    @Test
    void purgesOnTheDeadlineWhenNothingReferencesTheCustomer() {
        fixture.given(registered(), deletionRequested())
                .when(new ArchiveCustomerCommand(customerId, ArchiveCause.DEADLINE_EXPIRED, false))
                .expectEvents(new CustomerPurged(customerId, NOW));
    }

    @Test
    void aBookingsStreamIsNoCustomer() {
        fixture.given(new com.cms.events.booking.BookingRequested(customerId, UUID.randomUUID(), null, null))
                .when(new RequestCustomerDeletionCommand(customerId, null))
                .expectException(org.axonframework.eventsourcing.IncompatibleAggregateException.class);
    }

    @Test
    void doesNotArchiveAnActiveCustomer() {
        fixture.given(registered())
                .when(new ArchiveCustomerCommand(customerId, ArchiveCause.REFERENCED, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void doesNotArchiveAPurgedCustomer() {
        fixture.given(registered(), deletionRequested(), new CustomerPurged(customerId, EARLIER))
                .when(new ArchiveCustomerCommand(customerId, ArchiveCause.DEADLINE_EXPIRED, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void doesNotArchiveTwice() {
        fixture.given(registered(), deletionRequested(),
                        new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, EARLIER, false))
                .when(new ArchiveCustomerCommand(customerId, ArchiveCause.DEADLINE_EXPIRED, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // erasure

    @Test
    void aPurgeShredsTheCustomersKey() {
        fixture.given(registered(), deletionRequested())
                .when(new PurgeCustomerCommand(customerId))
                .expectEvents(new CustomerPurged(customerId, NOW));
        assertThat(keys.shredded).containsExactly(customerId);
    }

    @Test
    void anArchiveKeepsTheKeyUnlessAskedToAnonymize() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId), deletionRequested())
                .when(new ArchiveCustomerCommand(customerId, ArchiveCause.REFERENCED, false))
                .expectEvents(new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, NOW, false));
        assertThat(keys.shredded).isEmpty();
    }

    @Test
    void anAnonymizingArchiveShredsTheKey() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId), deletionRequested())
                .when(new ArchiveCustomerCommand(customerId, ArchiveCause.REFERENCED, true))
                .expectEvents(new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, NOW, true));
        assertThat(keys.shredded).containsExactly(customerId);
    }

    @Test
    void aRefusedPurgeKeepsTheKey() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId), deletionRequested())
                .when(new PurgeCustomerCommand(customerId))
                .expectEvents(new CustomerPurgeRefused(customerId, 1));
        assertThat(keys.shredded).isEmpty();
    }

    // restore

    @Test
    void restoresAnArchivedCustomerWhoseDataWasKept() {
        fixture.given(registered(), new CustomerReferenceGranted(customerId, bookingId), deletionRequested(),
                        new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, EARLIER, false))
                .when(new RestoreCustomerCommand(customerId))
                .expectEvents(new CustomerRestored(customerId, NOW));
    }

    @Test
    void aRestoredCustomerGrantsReferencesAgain() {
        fixture.given(registered(), deletionRequested(),
                        new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, EARLIER, false),
                        new CustomerRestored(customerId, EARLIER))
                .when(new ReserveCustomerReferenceCommand(customerId, otherBookingId))
                .expectEvents(new CustomerReferenceGranted(customerId, otherBookingId));
    }

    @Test
    void refusesToRestoreAnAnonymizedCustomer() {
        fixture.given(registered(), deletionRequested(),
                        new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, EARLIER, true))
                .when(new RestoreCustomerCommand(customerId))
                .expectException(CustomerNotRestorableException.class);
    }

    @Test
    void refusesToRestoreAnActiveCustomer() {
        fixture.given(registered())
                .when(new RestoreCustomerCommand(customerId))
                .expectException(CustomerNotRestorableException.class);
    }

    @Test
    void refusesToRestoreAPurgedCustomer() {
        fixture.given(registered(), deletionRequested(), new CustomerPurged(customerId, EARLIER))
                .when(new RestoreCustomerCommand(customerId))
                .expectException(CustomerNotRestorableException.class);
    }

    @Test
    void refusesToRestoreWhileTheDeletionIsPending() {
        fixture.given(registered(), deletionRequested())
                .when(new RestoreCustomerCommand(customerId))
                .expectException(CustomerNotRestorableException.class);
    }
}
