package com.cms.customer.web;

import com.cms.customer.deletion.DeletionSettings;
import com.cms.customer.query.CustomerReadModel;
import com.cms.customer.query.CustomerView;
import com.cms.customer.query.DeletionView;
import com.cms.customer.reference.BookingReferences;
import com.cms.events.customer.ChangeCustomerDetailsCommand;
import com.cms.events.customer.RegisterCustomerCommand;
import com.cms.events.customer.RequestCustomerDeletionCommand;
import com.cms.events.customer.RestoreCustomerCommand;
import com.cms.platform.audit.RequestOrigin;
import com.cms.platform.events.PublicEvent;
import com.cms.platform.events.PublicEvents;
import com.cms.platform.web.ApiProblem;
import com.cms.platform.web.Awaiting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Commands and queries on customers over HTTP, as API.md describes them. */
@RestController
@Validated
@RequestMapping(path = "/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerController {

    private static final Set<String> LISTABLE = Set.of("ACTIVE", "DELETION_PENDING", "ARCHIVED");

    private final CommandGateway commands;
    private final CustomerReadModel customers;
    private final BookingReferences references;
    private final IdempotencyKeys idempotencyKeys;
    private final DeletionSettings settings;
    private final PublicEvents publicEvents;

    CustomerController(CommandGateway commands, CustomerReadModel customers, BookingReferences references,
                       IdempotencyKeys idempotencyKeys, DeletionSettings settings, PublicEvents publicEvents) {
        this.commands = commands;
        this.customers = customers;
        this.references = references;
        this.idempotencyKeys = idempotencyKeys;
        this.settings = settings;
        this.publicEvents = publicEvents;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CustomerView> register(@Valid @RequestBody CustomerDetailsRequest request,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        UUID customerId = key == null ? UUID.randomUUID() : idempotencyKeys.customerFor(key, request);
        try {
            commands.sendAndWait(new RegisterCustomerCommand(customerId, request.name().strip(),
                    request.email().strip(), request.phone()));
        } catch (AggregateStreamCreationException | ConcurrencyException alreadyRegistered) {
            if (key == null) {
                throw alreadyRegistered; // a fresh random id cannot collide: this is not a retry
            }
        }
        // the command succeeded; a slow read model only means the answer is built from the request
        CustomerView view = Awaiting.await(() -> customers.find(customerId), settings.responseWait())
                .orElseGet(() -> new CustomerView(customerId, request.name().strip(), request.email().strip(),
                        request.phone(), "ACTIVE", 0, null, false));
        return ResponseEntity.created(URI.create("/customers/" + customerId)).body(view);
    }

    @GetMapping
    CustomerPage list(@RequestParam(defaultValue = "ACTIVE") String status,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        if (!LISTABLE.contains(status)) {
            throw ApiProblem.badRequest("status must be one of " + LISTABLE);
        }
        return new CustomerPage(customers.list(status, page, size), page, size);
    }

    @GetMapping("/{id}")
    CustomerView get(@PathVariable UUID id) {
        return existing(id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CustomerView change(@PathVariable UUID id, @Valid @RequestBody CustomerDetailsRequest request) {
        existing(id);
        commands.sendAndWait(new ChangeCustomerDetailsCommand(id, request.name().strip(), request.email().strip(),
                request.phone()));
        return Awaiting.await(() -> customers.find(id).filter(view -> shows(view, request)), settings.responseWait())
                .orElseGet(() -> existing(id));
    }

    @GetMapping("/{id}/deletion-preview")
    DeletionPreview preview(@PathVariable UUID id) {
        CustomerView customer = existing(id);
        List<DeletionPreview.Reference> holders = references.bookingsReferencing(id).stream()
                .map(booking -> new DeletionPreview.Reference("booking", booking)).toList();
        boolean purge = holders.isEmpty() && !"ARCHIVED".equals(customer.status());
        return new DeletionPreview(id, purge ? "PURGE" : "ARCHIVE", holders);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> delete(@PathVariable UUID id, @RequestParam(required = false) @Size(max = 500)
                               @jakarta.validation.constraints.Pattern(regexp = CustomerDetailsRequest.TEXT,
                                       message = "must not contain control characters") String reason) {
        RequestOrigin.because(reason);
        commands.sendAndWait(new RequestCustomerDeletionCommand(id, reason)); // a purged customer answers 410 here
        Optional<DeletionView> decided = Awaiting.await(
                () -> customers.deletion(id).filter(DeletionView::decided), settings.responseWait());
        if (decided.isEmpty()) {
            return ResponseEntity.accepted().location(URI.create("/customers/" + id + "/deletion"))
                    .body(new DeletionStatus(id, "PENDING", null));
        }
        DeletionView deletion = decided.get();
        return ResponseEntity.ok(new DeletionResponse(id, deletion.outcome(),
                Objects.requireNonNullElse(deletion.references(), 0)));
    }

    @PostMapping("/{id}/restore")
    CustomerView restore(@PathVariable UUID id) {
        commands.sendAndWait(new RestoreCustomerCommand(id));
        return Awaiting.await(() -> customers.find(id).filter(view -> "ACTIVE".equals(view.status())),
                settings.responseWait()).orElseGet(() -> existing(id));
    }

    @GetMapping("/{id}/history")
    CustomerHistory history(@PathVariable UUID id) {
        List<PublicEvent> events = publicEvents.history("Customer", id.toString());
        if (events.isEmpty()) {
            throw ApiProblem.notFound("customer " + id);
        }
        return new CustomerHistory(id, events);
    }

    @GetMapping("/{id}/deletion")
    DeletionStatus deletion(@PathVariable UUID id) {
        return customers.deletion(id)
                .map(deletion -> new DeletionStatus(id, deletion.outcome(), deletion.references()))
                .orElseThrow(() -> ApiProblem.notFound("a deletion of customer " + id));
    }

    private CustomerView existing(UUID id) {
        CustomerView view = customers.find(id).orElseThrow(() -> ApiProblem.notFound("customer " + id));
        if (view.purged()) {
            throw ApiProblem.gone("customer " + id + " was deleted");
        }
        return view;
    }

    private static boolean shows(CustomerView view, CustomerDetailsRequest request) {
        return view.name().equals(request.name().strip()) && view.email().equals(request.email().strip())
                && Objects.equals(view.phone(), request.phone());
    }

    /** A customer's audit log: its events in order, with actor, reason and time. */
    record CustomerHistory(UUID customerId, List<PublicEvent> events) {
    }

    /** The state of a deletion as {@code GET /customers/{id}/deletion} answers it. */
    record DeletionStatus(UUID customerId, String outcome, Integer references) {
    }
}
