/** booking-service's HTTP API: a booking request is answered once the customer granted or refused it. */
package com.cms.booking.web;
