/** Runs both services in one process on a shared (by default embedded) PostgreSQL, for local runs and tests. */
package com.cms.system;
