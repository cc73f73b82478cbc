package com.cms.system;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of every table of every schema, bytea decoded as UTF-8 text: where personal data could hide. */
final class DatabaseDump {

    private DatabaseDump() {
    }

    /** Each table's rows as text, keyed "schema.table: row". */
    static List<String> rows(JdbcTemplate sql) {
        List<String> rows = new ArrayList<>();
        List<Map<String, Object>> tables = sql.queryForList("""
                SELECT table_schema, table_name FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""");
        for (Map<String, Object> table : tables) {
            String name = table.get("table_schema") + "." + table.get("table_name");
            sql.query("SELECT * FROM " + name, (ResultSet row) -> {
                rows.add(name + ": " + render(row));
            });
        }
        return rows;
    }

    /** The rows that contain the text, case-insensitively. */
    static List<String> rowsContaining(JdbcTemplate sql, String text) {
        return rows(sql).stream().filter(row -> row.toLowerCase().contains(text.toLowerCase())).toList();
    }

    private static String render(ResultSet row) throws java.sql.SQLException {
        ResultSetMetaData columns = row.getMetaData();
        StringBuilder text = new StringBuilder();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
            Object value = "bytea".equals(columns.getColumnTypeName(column))
                    ? decode(row.getBytes(column)) : row.getString(column);
            text.append(columns.getColumnName(column)).append('=').append(value).append(' ');
        }
        return text.toString();
    }

    private static String decode(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
