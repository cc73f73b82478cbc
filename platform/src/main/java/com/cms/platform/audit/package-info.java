/** The audit trail: who sent each command, why and under which correlation id, carried into every event. */
package com.cms.platform.audit;
