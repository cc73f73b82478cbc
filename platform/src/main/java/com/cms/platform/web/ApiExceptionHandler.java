package com.cms.platform.web;

import jakarta.validation.ConstraintViolationException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error as a problem detail: Spring MVC's own (400, 405, 415…) and the ones the services raise. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail apiProblem(ApiProblem problem) {
        return problem(problem.status(), problem.title(), problem.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownAggregate(AggregateNotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "Not found", exception.getMessage());
    }

    /** The id names another kind of aggregate (a booking's id sent as a customer's): for this resource, unknown. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail otherAggregate(IncompatibleAggregateException exception) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "no such resource with this id");
    }

    /** Two instances wrote the same aggregate at once; the losing request may simply be sent again. */
    @ExceptionHandler(org.axonframework.modelling.command.ConcurrencyException.class)
    ProblemDetail concurrentChange(org.axonframework.modelling.command.ConcurrencyException exception) {
        return problem(HttpStatus.CONFLICT, "Concurrent change", "the resource changed meanwhile; send the request again");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException exception) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", exception.getMessage());
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
