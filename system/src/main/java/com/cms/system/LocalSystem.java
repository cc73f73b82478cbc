package com.cms.system;

import com.cms.booking.BookingServiceApplication;
import com.cms.customer.CustomerServiceApplication;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the whole system in one process: customer-service and booking-service, each in its own Spring context,
 * on the PostgreSQL named by {@code SPRING_DATASOURCE_URL} or else on an embedded one they share.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSystem.class);

    private final PostgresLocator.Database database;
    private final ConfigurableApplicationContext customerService;
    private final ConfigurableApplicationContext bookingService;

    private LocalSystem(PostgresLocator.Database database, ConfigurableApplicationContext customerService,
                        ConfigurableApplicationContext bookingService) {
        this.database = database;
        this.customerService = customerService;
        this.bookingService = bookingService;
    }

    public static void main(String[] args) {
        Optional<Path> dataDirectory = Optional.of(Path.of(System.getProperty("cms.data-dir", "target/embedded-postgres")));
        LocalSystem system = start(PostgresLocator.locate(System.getenv(), dataDirectory), List.of(args));
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "local-system-shutdown"));
        LOG.info("CMS is up: customer-service on http://localhost:{}, booking-service on http://localhost:{}",
                system.customerPort(), system.bookingPort());
    }

    /**
     * Starts both services on the database. Extra arguments ({@code --name=value}) go to both; per-service
     * ports come from {@code CUSTOMER_SERVICE_PORT} and {@code BOOKING_SERVICE_PORT} (8081 and 8082).
     */
    public static LocalSystem start(PostgresLocator.Database database, List<String> extraArguments) {
        ConfigurableApplicationContext customers = run(CustomerServiceApplication.application(), database,
                extraArguments, System.getenv().getOrDefault("CUSTOMER_SERVICE_PORT", "8081"));
        ConfigurableApplicationContext bookings = run(BookingServiceApplication.application(), database,
                extraArguments, System.getenv().getOrDefault("BOOKING_SERVICE_PORT", "8082"));
        return new LocalSystem(database, customers, bookings);
    }

    private static ConfigurableApplicationContext run(SpringApplicationBuilder application,
                                                      PostgresLocator.Database database,
                                                      List<String> extraArguments, String defaultPort) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("server.port", defaultPort);
        for (String argument : extraArguments) { // a caller's --name=value wins, the port included
            String[] nameAndValue = argument.replaceFirst("^--", "").split("=", 2);
            properties.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
        }
        // command-line arguments outrank the environment, so SPRING_DATASOURCE_URL cannot point elsewhere
        // this class closes the contexts, in order, before the database: no hook of Spring's may race it
        return application.registerShutdownHook(false).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    public ConfigurableApplicationContext customerService() {
        return customerService;
    }

    public ConfigurableApplicationContext bookingService() {
        return bookingService;
    }

    public int customerPort() {
        return port(customerService);
    }

    public int bookingPort() {
        return port(bookingService);
    }

    public PostgresLocator.Database database() {
        return database;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
    }

    @Override
    public void close() {
        bookingService.close();
        customerService.close();
        try {
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the embedded PostgreSQL", e);
        }
    }
}
