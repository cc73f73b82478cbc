package com.cms.events.customer;

/** Why a customer refused to be referenced; the text is what a user reads. */
public enum ReferenceRefusalReason {
    UNKNOWN_CUSTOMER("the customer is unknown"),
    DELETION_PENDING("the customer is being deleted"),
    ARCHIVED("the customer is archived"),
    PURGED("the customer was deleted");

    private final String description;

    ReferenceRefusalReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
