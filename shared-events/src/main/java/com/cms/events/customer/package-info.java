/** Commands and events of the Customer aggregate: registration, the reference protocol and deletion. */
package com.cms.events.customer;
