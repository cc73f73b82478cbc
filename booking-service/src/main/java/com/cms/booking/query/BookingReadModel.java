package com.cms.booking.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Queries over booking-service's read models. */
@Component
public class BookingReadModel {

    private static final String SELECT = """
            SELECT b.booking_id, b.status, b.starts_at, b.description, b.rejection_reason, b.customer_id,
                   c.name AS customer_name, COALESCE(c.status, 'UNKNOWN') AS customer_status,
                   COALESCE(c.anonymized, false) AS customer_anonymized
            FROM booking_view b LEFT JOIN customer_summary c ON c.customer_id = b.customer_id""";

    private final JdbcTemplate jdbc;

    BookingReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BookingView> find(UUID bookingId) {
        return jdbc.query(SELECT + " WHERE b.booking_id = ?", BookingReadModel::view, bookingId).stream().findFirst();
    }

    public List<BookingView> forCustomer(UUID customerId, int page, int size) {
        return jdbc.query(SELECT + " WHERE b.customer_id = ? ORDER BY b.requested_at, b.booking_id LIMIT ? OFFSET ?",
                BookingReadModel::view, customerId, size, (long) page * size);
    }

    private static BookingView view(ResultSet row, int rowNumber) throws SQLException {
        Timestamp startsAt = row.getTimestamp("starts_at");
        return new BookingView(row.getObject("booking_id", UUID.class), row.getString("status"),
                new BookingView.CustomerRef(row.getObject("customer_id", UUID.class), row.getString("customer_name"),
                        row.getString("customer_status"), row.getBoolean("customer_anonymized")),
                startsAt == null ? null : startsAt.toInstant(), row.getString("description"),
                row.getString("rejection_reason"));
    }
}
