package com.cms.customer.web;

import java.util.UUID;

/** The decided outcome of a deletion: PURGED or ARCHIVED, with the number of references that decided it. */
public record DeletionResponse(UUID customerId, String outcome, int references) {
}
