package com.cms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Registering, reading, changing and listing customers over HTTP, and the service's operational endpoints. */
class CustomerApiIT {

    private final Scenario given = new Scenario();
    private final Api customers = given.customers();

    @Test
    void aRegisteredCustomerCanBeReadChangedAndListed() {
        Api.Answer created = customers.post("/customers",
                "{\"name\":\"  Katherine Johnson \",\"email\":\"katherine@example.com\",\"phone\":\"+1 757 555 0100\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/customers/" + id);
        assertThat(created.text("name")).isEqualTo("Katherine Johnson");
        assertThat(created.text("status")).isEqualTo("ACTIVE");
        assertThat(created.json().path("references").asInt()).isZero();
        assertThat(created.text("createdAt")).isNotBlank();

        Api.Answer read = customers.get("/customers/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("email")).isEqualTo("katherine@example.com");
        assertThat(read.text("phone")).isEqualTo("+1 757 555 0100");

        Api.Answer changed = customers.put("/customers/" + id,
                "{\"name\":\"Katherine G. Johnson\",\"email\":\"kgj@example.com\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.text("name")).isEqualTo("Katherine G. Johnson");
        assertThat(changed.text("phone")).isNull();
        assertThat(customers.get("/customers/" + id).text("email")).isEqualTo("kgj@example.com");
        assertThat(given.listed(UUID.fromString(id), "ACTIVE")).isTrue();
    }

    @Test
    void theIndexIsPaged() {
        given.aCustomer();
        given.aCustomer();
        Api.Answer first = customers.get("/customers?page=0&size=1");
        Api.Answer second = customers.get("/customers?page=1&size=1");
        assertThat(first.json().path("items")).hasSize(1);
        assertThat(second.json().path("items")).hasSize(1);
        assertThat(first.json().path("items").get(0).path("id"))
                .isNotEqualTo(second.json().path("items").get(0).path("id"));
    }

    @Test
    void bothServicesAreHealthyAndDescribeTheirApi() {
        for (Api service : new Api[] {customers, given.bookings()}) {
            assertThat(service.get("/actuator/health").text("status")).isEqualTo("UP");
            Api.Answer openApi = service.get("/v3/api-docs");
            assertThat(openApi.status()).isEqualTo(200);
            assertThat(openApi.json().path("paths").size()).isPositive();
            assertThat(service.send("GET", "/actuator/prometheus", null, Map.of("Accept", "text/plain")).status())
                    .isEqualTo(200);
        }
    }
}
