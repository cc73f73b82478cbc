package com.cms.customer.deletion;

import java.util.UUID;

/** What the deletion saga asks of the booking-reference projection. */
public interface BookingReferenceLookup {

    /**
     * The number of bookings holding a reference to the customer, read only once the projection has processed
     * the customer's deletion request with the given aggregate sequence number.
     *
     * @throws ProjectionBehindException when the projection has not reached that request in time
     */
    int countAfterDeletionRequest(UUID customerId, long deletionRequestSequence);
}
