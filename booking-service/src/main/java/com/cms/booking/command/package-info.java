/** The write side of bookings: the Booking aggregate and its lifecycle. */
package com.cms.booking.command;
