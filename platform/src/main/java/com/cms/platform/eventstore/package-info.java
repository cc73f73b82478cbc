/** The event store both services share: PostgreSQL schema {@code events}, Axon JDBC, Jackson, pooled processors. */
package com.cms.platform.eventstore;
