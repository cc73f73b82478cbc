/** customer-service's read models: the customer index and details, and each customer's deletion status. */
package com.cms.customer.query;
