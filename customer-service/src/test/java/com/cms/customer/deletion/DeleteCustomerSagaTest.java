package com.cms.customer.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cms.events.customer.ArchiveCause;
import com.cms.events.customer.ArchiveCustomerCommand;
import com.cms.events.customer.CustomerArchived;
import com.cms.events.customer.CustomerDeletionRequested;
import com.cms.events.customer.CustomerPurgeRefused;
import com.cms.events.customer.CustomerPurged;
import com.cms.events.customer.CustomerReferenceGranted;
import com.cms.events.customer.CustomerRegistered;
import com.cms.events.customer.PurgeCustomerCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.FixtureExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteCustomerSagaTest {

    private static final Instant EARLIER = Instant.parse("2025-02-01T09:00:00Z");
    private static final Duration DECISION_DEADLINE = Duration.ofSeconds(30);

    private final UUID customerId = UUID.randomUUID();
    private final String aggregateId = customerId.toString();
    private final StubBookingReferences bookingReferences = new StubBookingReferences();

    private SagaTestFixture<DeleteCustomerSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(DeleteCustomerSaga.class);
        fixture.registerResource(bookingReferences);
        fixture.registerResource(new DeletionSettings(DECISION_DEADLINE, Duration.ofSeconds(10), Duration.ofSeconds(5), false));
    }

    private CustomerRegistered registered() {
        return new CustomerRegistered(customerId, "Ada Lovelace", "ada@example.com", null, EARLIER);
    }

    private CustomerDeletionRequested deletionRequested() {
        return new CustomerDeletionRequested(customerId, "left the company", EARLIER);
    }

    @Test
    void purgesACustomerThatNothingReferences() {
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered())
                .whenAggregate(aggregateId).publishes(deletionRequested())
                .expectActiveSagas(1)
                .expectAssociationWith("customerId", customerId)
                .expectDispatchedCommands(new PurgeCustomerCommand(customerId));
    }

    @Test
    void archivesACustomerThatBookingsReference() {
        bookingReferences.answer(customerId, 2);

        fixture.givenAggregate(aggregateId).published(registered())
                .whenAggregate(aggregateId).publishes(deletionRequested())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new ArchiveCustomerCommand(customerId, ArchiveCause.REFERENCED, false));
    }

    @Test
    void readsTheProjectionOnlyAfterItHasSeenTheDeletionRequest() {
        bookingReferences.answer(customerId, 0);

        // registered is sequence 0, two grants 1 and 2: the deletion request is sequence 3
        fixture.givenAggregate(aggregateId).published(registered(),
                        new CustomerReferenceGranted(customerId, UUID.randomUUID()),
                        new CustomerReferenceGranted(customerId, UUID.randomUUID()))
                .whenAggregate(aggregateId).publishes(deletionRequested());

        assertThat(bookingReferences.lookups).containsExactly(new Lookup(customerId, 3L));
    }

    @Test
    void schedulesTheDecisionDeadline() {
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered())
                .whenAggregate(aggregateId).publishes(deletionRequested())
                .expectScheduledDeadlineWithName(DECISION_DEADLINE, DeleteCustomerSaga.DEADLINE);
    }

    @Test
    void archivesWhenTheCustomerRefusesThePurge() {
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered(), deletionRequested())
                .whenAggregate(aggregateId).publishes(new CustomerPurgeRefused(customerId, 1))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new ArchiveCustomerCommand(customerId, ArchiveCause.REFERENCED, false));
    }

    @Test
    void endsWhenTheCustomerIsPurgedAndCancelsTheDeadline() {
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered(), deletionRequested())
                .whenAggregate(aggregateId).publishes(new CustomerPurged(customerId, EARLIER))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void endsWhenTheCustomerIsArchivedAndCancelsTheDeadline() {
        bookingReferences.answer(customerId, 1);

        fixture.givenAggregate(aggregateId).published(registered(), deletionRequested())
                .whenAggregate(aggregateId).publishes(
                        new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, EARLIER, false))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void endsWhenTheRefusedPurgeEndsInAnArchive() {
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered(), deletionRequested(),
                        new CustomerPurgeRefused(customerId, 1))
                .whenAggregate(aggregateId).publishes(
                        new CustomerArchived(customerId, 1, ArchiveCause.REFERENCED, EARLIER, false))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void archivesADeletionLeftUndecidedWhenTheDeadlineExpires() {
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered(), deletionRequested())
                .whenTimeElapses(DECISION_DEADLINE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(DeleteCustomerSaga.DEADLINE)
                .expectDispatchedCommands(new ArchiveCustomerCommand(customerId, ArchiveCause.DEADLINE_EXPIRED, false));
    }

    @Test
    void doesNothingBeforeTheDeadline() {
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered(), deletionRequested())
                .whenTimeElapses(DECISION_DEADLINE.minusSeconds(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Duration.ofSeconds(1), DeleteCustomerSaga.DEADLINE);
    }

    @Test
    void doesNotArchiveOnTheDeadlineOnceTheDeletionIsDecided() {
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered(), deletionRequested(),
                        new CustomerPurged(customerId, EARLIER))
                .whenTimeElapses(DECISION_DEADLINE.plusSeconds(1))
                .expectNoDispatchedCommands()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void endingOneDeletionLeavesTheDeadlineOfAnotherInPlace() {
        UUID otherCustomer = UUID.randomUUID();
        bookingReferences.answer(customerId, 0);
        bookingReferences.answer(otherCustomer, 1);

        fixture.givenAggregate(aggregateId).published(registered(), deletionRequested())
                .andThenAggregate(otherCustomer.toString()).published(
                        new CustomerRegistered(otherCustomer, "Grace Hopper", "grace@example.com", null, EARLIER),
                        new CustomerDeletionRequested(otherCustomer, null, EARLIER))
                .whenAggregate(aggregateId).publishes(new CustomerPurged(customerId, EARLIER))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(DECISION_DEADLINE, DeleteCustomerSaga.DEADLINE);
    }

    @Test
    void keepsTheSagaAndLooksAgainShortlyWhenTheProjectionIsBehind() {
        bookingReferences.behindOnce(customerId);
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered())
                .whenAggregate(aggregateId).publishes(deletionRequested())
                .expectActiveSagas(1)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(DeleteCustomerSaga.RECHECK_DELAY, DeleteCustomerSaga.RECHECK)
                .expectScheduledDeadlineWithName(DECISION_DEADLINE, DeleteCustomerSaga.DEADLINE);
    }

    @Test
    void decidesOnTheRecheckOnceTheProjectionHasCaughtUp() {
        bookingReferences.behindOnce(customerId);
        bookingReferences.answer(customerId, 0);

        fixture.givenAggregate(aggregateId).published(registered(), deletionRequested())
                .whenTimeElapses(DeleteCustomerSaga.RECHECK_DELAY.plusMillis(100))
                .expectDispatchedCommands(new PurgeCustomerCommand(customerId));
    }

    @Test
    void asksForAnAnonymizingArchiveWhenSoConfigured() {
        fixture = new SagaTestFixture<>(DeleteCustomerSaga.class);
        fixture.registerResource(bookingReferences);
        fixture.registerResource(new DeletionSettings(DECISION_DEADLINE, Duration.ofSeconds(10), Duration.ofSeconds(5), true));
        bookingReferences.answer(customerId, 1);

        fixture.givenAggregate(aggregateId).published(registered())
                .whenAggregate(aggregateId).publishes(deletionRequested())
                .expectDispatchedCommands(new ArchiveCustomerCommand(customerId, ArchiveCause.REFERENCED, true));
    }

    /** The saga's decision rule only needs a count per customer; the real projection is tested end to end. */
    private static final class StubBookingReferences implements BookingReferenceLookup {

        private final Map<UUID, Integer> counts = new HashMap<>();
        private final List<UUID> behind = new ArrayList<>();
        private final List<Lookup> lookups = new ArrayList<>();

        void answer(UUID customerId, int count) {
            counts.put(customerId, count);
        }

        /** The next lookup for the customer finds the projection behind; later ones get the count. */
        void behindOnce(UUID customerId) {
            behind.add(customerId);
        }

        @Override
        public int countAfterDeletionRequest(UUID customerId, long deletionRequestSequence) {
            lookups.add(new Lookup(customerId, deletionRequestSequence));
            if (behind.remove(customerId)) {
                throw new ProjectionBehindException(customerId, deletionRequestSequence);
            }
            Integer count = counts.get(customerId);
            if (count == null) {
                throw new AssertionError("no reference count configured for customer " + customerId);
            }
            return count;
        }
    }

    private record Lookup(UUID customerId, long sequence) {
    }
}
