package com.cms.booking.web;

import com.cms.booking.command.BookingNotChangeableException;
import com.cms.platform.web.ApiExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The booking aggregate's refusals as problem details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingProblems {

    @ExceptionHandler(BookingNotChangeableException.class)
    ProblemDetail notChangeable(BookingNotChangeableException exception) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, "Conflict", exception.getMessage());
    }
}
