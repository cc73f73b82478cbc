package com.cms.customer.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Queries over customer-service's read models. */
@Component
public class CustomerReadModel {

    private static final String SELECT_VIEW = """
            SELECT v.customer_id, v.name, v.email, v.phone, v.status, v.created_at, v.anonymized,
                   (SELECT count(*) FROM booking_reference r WHERE r.customer_id = v.customer_id) AS reference_count
            FROM customer_view v""";

    private final JdbcTemplate jdbc;

    CustomerReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CustomerView> find(UUID customerId) {
        return jdbc.query(SELECT_VIEW + " WHERE v.customer_id = ?", CustomerReadModel::view, customerId)
                .stream().findFirst();
    }

    /** One page of the customers in a status, oldest first. */
    public List<CustomerView> list(String status, int page, int size) {
        return jdbc.query(SELECT_VIEW + " WHERE v.status = ? ORDER BY v.created_at, v.customer_id LIMIT ? OFFSET ?",
                CustomerReadModel::view, status, size, (long) page * size);
    }

    public Optional<DeletionView> deletion(UUID customerId) {
        return jdbc.query("""
                SELECT customer_id, outcome, reason, reference_count, requested_at, decided_at
                FROM customer_deletion WHERE customer_id = ?""", CustomerReadModel::deletionView, customerId)
                .stream().findFirst();
    }

    private static CustomerView view(ResultSet row, int rowNumber) throws SQLException {
        return new CustomerView(row.getObject("customer_id", UUID.class), row.getString("name"),
                row.getString("email"), row.getString("phone"), row.getString("status"),
                row.getInt("reference_count"), instant(row.getTimestamp("created_at")),
                row.getBoolean("anonymized"));
    }

    private static DeletionView deletionView(ResultSet row, int rowNumber) throws SQLException {
        return new DeletionView(row.getObject("customer_id", UUID.class), row.getString("outcome"),
                row.getString("reason"), row.getObject("reference_count", Integer.class),
                instant(row.getTimestamp("requested_at")), instant(row.getTimestamp("decided_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
