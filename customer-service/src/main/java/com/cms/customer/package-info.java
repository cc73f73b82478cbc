/** customer-service, packaged by feature: command (the aggregate), reference, deletion, query and web. */
package com.cms.customer;
