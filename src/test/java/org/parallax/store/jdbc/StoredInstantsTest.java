package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stores' own timestamp reader agrees with {@link Instant#parse} on what the stores write and on the rest. */
class StoredInstantsTest {
    @Test
    void readsEveryPrecisionInstantWritesAsInstantParseDoes() {
        Random random = new Random(18);
        for (int i = 0; i < 100_000; i++) {
            // 1900-01-01 to 2100-01-01; nanos cut to 0, 3, 6 or 9 digits as Instant.toString writes them
            long second = -2_208_988_800L + (long) (random.nextDouble() * 6_311_433_600L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(second, nanos).toString();
            assertThat(StoredInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void otherSpellingsGoToInstantParse() {
        for (String text : new String[] {"2026-12-02T13:04:05.1Z", "2026-12-02T13:04:05.12345Z",
                "+12026-12-02T13:04:05Z", "2026-12-02T13:04:05+01:00", "2016-12-31T23:59:60Z", "2026-12-02T24:00:00Z",
                "2026-12-02T13:04:05.Z"}) {
            assertThat(StoredInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
        for (String text : new String[] {"2026-02-30T13:04:05Z",
                "2026-12-02T13:04:05.1234567890Z", "2026-1a-02T13:04:05Z", "not a time at all"}) {
            assertThatThrownBy(() -> StoredInstants.parse(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }
}
