package com.cms.events.customer;

/** Why a deletion ended in an archive rather than a purge. */
public enum ArchiveCause {
    /** bookings hold references to the customer */
    REFERENCED,
    /** the deletion was not decided in time; archiving never loses data */
    DEADLINE_EXPIRED
}
