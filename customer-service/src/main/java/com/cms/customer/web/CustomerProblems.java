package com.cms.customer.web;

import com.cms.customer.command.CustomerNotActiveException;
import com.cms.customer.command.CustomerNotRestorableException;
import com.cms.customer.command.CustomerPurgedException;
import com.cms.customer.deletion.ProjectionBehindException;
import com.cms.platform.web.ApiExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The customer aggregate's refusals as problem details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerProblems {

    @ExceptionHandler(CustomerPurgedException.class)
    ProblemDetail purged(CustomerPurgedException exception) {
        return ApiExceptionHandler.problem(HttpStatus.GONE, "Gone", exception.getMessage());
    }

    @ExceptionHandler(ProjectionBehindException.class)
    ProblemDetail behind(ProjectionBehindException exception) {
        return ApiExceptionHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, "Read model behind",
                exception.getMessage() + "; retry shortly");
    }

    @ExceptionHandler(CustomerNotRestorableException.class)
    ProblemDetail notRestorable(CustomerNotRestorableException exception) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, "Conflict", exception.getMessage());
    }

    @ExceptionHandler(CustomerNotActiveException.class)
    ProblemDetail notActive(CustomerNotActiveException exception) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, "Conflict", exception.getMessage());
    }
}
