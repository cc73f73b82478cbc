/** booking-service's read models: bookings joined with booking-service's own summary of each customer. */
package com.cms.booking.query;
