/** Commands and events of the Booking aggregate, which references customers only with their consent. */
package com.cms.events.booking;
