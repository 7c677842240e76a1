package app.physiorx.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One row of a native SQL query, read by typed getters: the single place where the driver's values
 * (Number, Timestamp, Instant, arrays) become Java types. Native SQL is kept for what JPQL cannot say
 * (PostgreSQL arrays, JSONB, trigram search, CTEs with RETURNING); everything else uses JPQL
 * {@code select new}. A query's mapper reads its columns in the order its SELECT lists them.
 */
public final class Row {
    private final Object[] values;

    private Row(Object[] values) {
        this.values = values;
    }

    /** Maps every row of a native query's result (a list of arrays, or of single values for one column). */
    public static <T> List<T> map(List<?> rows, Function<Row, T> mapper) {
        List<T> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            out.add(mapper.apply(of(r)));
        }
        return out;
    }

    /** The first result of a native query mapped to an entity or a single-column type. */
    public static <T> java.util.Optional<T> first(jakarta.persistence.Query query, Class<T> type) {
        List<?> found = query.setMaxResults(1).getResultList();
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(type.cast(found.getFirst()));
    }

    /** Every result of a native query mapped to an entity or a single-column type. */
    public static <T> List<T> list(jakarta.persistence.Query query, Class<T> type) {
        List<?> found = query.getResultList();
        return found.stream().map(type::cast).toList();
    }

    /** A row of the result, whether the driver gave an array (several columns) or a single value. */
    public static Row of(Object result) {
        return new Row(result instanceof Object[] array ? array : new Object[] {result});
    }

    public int size() {
        return values.length;
    }

    public boolean isNull(int column) {
        return values[column] == null;
    }

    public long getLong(int column) {
        return ((Number) required(column)).longValue();
    }

    public Long getLongOrNull(int column) {
        return values[column] == null ? null : ((Number) values[column]).longValue();
    }

    public int getInt(int column) {
        return ((Number) required(column)).intValue();
    }

    public Integer getIntOrNull(int column) {
        return values[column] == null ? null : ((Number) values[column]).intValue();
    }

    /** A numeric column as a decimal (PostgreSQL numeric), or null. */
    public java.math.BigDecimal getDecimal(int column) {
        Object v = values[column];
        return v == null ? null : v instanceof java.math.BigDecimal d ? d : new java.math.BigDecimal(v.toString());
    }

    public boolean getBoolean(int column) {
        return (Boolean) required(column);
    }

    public String getString(int column) {
        return values[column] == null ? null : values[column].toString();
    }

    public byte[] getBytes(int column) {
        return (byte[]) values[column];
    }

    public UUID getUuid(int column) {
        return (UUID) values[column];
    }

    public LocalDate getDate(int column) {
        return toDate(values[column]);
    }

    public OffsetDateTime getTime(int column) {
        return toTime(values[column]);
    }

    /** A PostgreSQL text[] as strings (empty for null). */
    public List<String> getTextArray(int column) {
        Object value = values[column];
        if (value == null) {
            return List.of();
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof java.sql.Array array) {
            try {
                return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("a text array could not be read", e);
            }
        }
        throw new IllegalStateException("column " + column + " is not an array");
    }

    private Object required(int column) {
        Object value = values[column];
        if (value == null) {
            throw new IllegalStateException("column " + column + " is null");
        }
        return value;
    }

    public static LocalDate toDate(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    public static OffsetDateTime toTime(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
