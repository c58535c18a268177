package com.zongji.engine.records;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * Where the next page of a report starts: after this call in (start, id) order. Keyset pages cost the
 * same however deep into a month they are, which is what lets an export read a million rows page by page.
 */
public record CdrCursor(Instant startedAt, long id) {

    public static CdrCursor after(CdrRow row) {
        return new CdrCursor(row.startedAt(), row.id());
    }

    /** The cursor as the API hands it out: {@code <epoch second>.<nanos>-<id>}. */
    public String token() {
        return startedAt.getEpochSecond() + "." + startedAt.getNano() + "-" + id;
    }

    public static CdrCursor parse(String token) {
        try {
            int dash = token.indexOf('-');
            int dot = token.indexOf('.');
            if (dot < 0 || dash < dot) {
                throw new NumberFormatException(token);
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(token.substring(0, dot)), Long.parseLong(token.substring(dot + 1, dash)));
            return new CdrCursor(at, Long.parseLong(token.substring(dash + 1)));
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("无效的分页位置 '" + token + "' / not a page cursor");
        }
    }
}
