package app.physiorx.exercise;

import java.util.Map;

/** The checked query as SQL: the ids of one page, ranked, with the total in every row. */
record SearchPlan(String where, String order, Map<String, Object> params, int page, int size) {
    String pageSql() {
        return "select e.id, count(*) over () from exercise e where " + where + " order by " + order
                + " limit " + size + " offset " + (page * size);
    }
}
