package com.cms.customer.command;

/** The lifecycle of a customer as its aggregate sees it. */
public enum CustomerStatus {
    ACTIVE, DELETION_PENDING, ARCHIVED, PURGED
}
