package com.cms.booking.web;

import com.cms.booking.query.BookingView;
import java.util.List;

/** One page of a customer's bookings. */
public record BookingPage(List<BookingView> items, int page, int size) {
}
