/** customer-service's HTTP API: commands in, read models out, outcomes awaited within a bound. */
package com.cms.customer.web;
