package com.cms.customer.web;

import java.util.List;
import java.util.UUID;

/** What Delete would do now: PURGE when nothing references the customer, ARCHIVE otherwise. */
public record DeletionPreview(UUID customerId, String outcome, List<Reference> references) {

    /** Something that references the customer. */
    public record Reference(String type, UUID id) {
    }
}
