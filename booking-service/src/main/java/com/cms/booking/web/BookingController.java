package com.cms.booking.web;

import com.cms.booking.query.BookingReadModel;
import com.cms.booking.query.BookingView;
import com.cms.events.booking.CancelBookingCommand;
import com.cms.events.booking.DiscardBookingCommand;
import com.cms.events.booking.RequestBookingCommand;
import com.cms.events.customer.ReferenceRefusalReason;
import com.cms.platform.web.ApiExceptionHandler;
import com.cms.platform.web.ApiProblem;
import com.cms.platform.web.Awaiting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bookings over HTTP, as API.md describes them; a booking is answered once its customer has. */
@RestController
@Validated
@RequestMapping(path = "/bookings", produces = MediaType.APPLICATION_JSON_VALUE)
class BookingController {

    private final CommandGateway commands;
    private final BookingReadModel bookings;
    private final BookingSettings settings;

    BookingController(CommandGateway commands, BookingReadModel bookings, BookingSettings settings) {
        this.commands = commands;
        this.bookings = bookings;
        this.settings = settings;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> request(@Valid @RequestBody BookingRequest request) {
        UUID bookingId = UUID.randomUUID();
        commands.sendAndWait(new RequestBookingCommand(bookingId, request.customerId(), request.startsAt(),
                request.description()));
        URI location = URI.create("/bookings/" + bookingId);
        BookingView booking = Awaiting.await(() -> bookings.find(bookingId).filter(BookingView::decided),
                settings.responseWait()).orElse(null);
        if (booking == null) {
            return ResponseEntity.accepted().location(location).body(bookings.find(bookingId).orElse(null));
        }
        if ("REJECTED".equals(booking.status())) {
            throw rejection(booking, location);
        }
        return ResponseEntity.created(location).body(booking);
    }

    @GetMapping("/{id}")
    BookingView get(@PathVariable UUID id) {
        return existing(id);
    }

    @GetMapping
    BookingPage forCustomer(@RequestParam UUID customerId,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new BookingPage(bookings.forCustomer(customerId, page, size), page, size);
    }

    @PostMapping("/{id}/cancel")
    BookingView cancel(@PathVariable UUID id) {
        existing(id);
        commands.sendAndWait(new CancelBookingCommand(id));
        return Awaiting.await(() -> bookings.find(id).filter(view -> "CANCELLED".equals(view.status())),
                settings.responseWait()).orElseGet(() -> existing(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> discard(@PathVariable UUID id) {
        commands.sendAndWait(new DiscardBookingCommand(id));
        // read your own write: a GET right after the 204 no longer finds the booking
        Awaiting.await(() -> bookings.find(id).isPresent() ? Optional.empty() : Optional.of(id),
                settings.responseWait());
        return ResponseEntity.noContent().build();
    }

    private BookingView existing(UUID id) {
        return bookings.find(id).orElseThrow(() -> ApiProblem.notFound("booking " + id));
    }

    private static ErrorResponseException rejection(BookingView booking, URI location) {
        ReferenceRefusalReason reason = ReferenceRefusalReason.valueOf(booking.rejectionReason());
        ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.CONFLICT, "Booking rejected",
                "the customer refused the booking: " + reason.description());
        problem.setProperty("bookingId", booking.id());
        problem.setProperty("customerId", booking.customer().id());
        problem.setProperty("reason", reason.name());
        ErrorResponseException rejected = new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        rejected.getHeaders().setLocation(location);
        return rejected;
    }
}
