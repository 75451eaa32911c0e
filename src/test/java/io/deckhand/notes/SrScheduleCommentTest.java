package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.CarriedSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SrScheduleCommentTest {
    @Test
    void oneCard() {
        assertEquals(List.of(CarriedSchedule.sm2(LocalDate.of(2026, 1, 3), 3, 250)),
                SrScheduleComment.in("Q::A <!--SR:!2026-01-03,3,250-->"));
    }

    @Test
    void theOldFormWithoutTheBang() {
        assertEquals(List.of(CarriedSchedule.sm2(LocalDate.of(2021, 8, 11), 4, 270)),
                SrScheduleComment.in("Question::Answer <!--SR:2021-08-11,4,270-->"));
    }

    @Test
    void oneEntryPerSiblingWithPlaceholdersAsNewCards() {
        List<CarriedSchedule> s = SrScheduleComment.in("a ==b== ==c== ==d==\n<!--SR:!2026-01-03,1,230!2000-01-01,1,250!2026-01-09,4,270-->");
        assertEquals(3, s.size());
        assertEquals(230, s.get(0).easePercent());
        assertNull(s.get(1));
        assertEquals(LocalDate.of(2026, 1, 9), s.get(2).dueDay());
    }

    @Test
    void theFsrsForm() {
        CarriedSchedule s = SrScheduleComment.in(
                "Q::A<!--SR:!fsrs,2023-09-06T00:10:00.000Z,0,0.4,5.5,1,1,0,1,2023-09-06T00:00:00.000Z-->").get(0);
        assertEquals(Instant.parse("2023-09-06T00:10:00Z"), s.dueAt());
        assertEquals(0.4, s.stability());
        assertEquals(5.5, s.difficulty());
        assertEquals(CardState.LEARNING, s.state());
        assertEquals(1, s.step());
        assertEquals(Instant.parse("2023-09-06T00:00:00Z"), s.lastReview());
    }

    @Test
    void anEntryThatCannotBeReadIsANewCardAndTheOthersStay() {
        List<CarriedSchedule> s = SrScheduleComment.in("<!--SR:!2026-13-40,3,250!2026-01-03,x,250!2026-01-05,2,260-->");
        assertNull(s.get(0));
        assertNull(s.get(1));
        assertEquals(260, s.get(2).easePercent());
    }

    @Test
    void noCommentNoSchedules() {
        assertEquals(List.of(), SrScheduleComment.in("Q::A <!-- a comment -->"));
    }

    /** Whatever a hand-edited comment holds, reading it never throws. */
    @Property(tries = 500)
    void neverThrows(@ForAll String body) {
        SrScheduleComment.in("Q::A <!--SR:" + body + "-->");
        SrScheduleComment.in("Q::A <!--SR:!" + body.replace("-->", "") + "-->");
    }

    /** Any schedule the plugin writes reads back as written. */
    @Property(tries = 300)
    void writtenSchedulesReadBack(@ForAll @IntRange(min = 1, max = 36500) int interval,
                                  @ForAll @IntRange(min = 130, max = 500) int ease,
                                  @ForAll @IntRange(min = 0, max = 20000) int dayOffset,
                                  @ForAll @IntRange(min = 1, max = 5) int siblings) {
        LocalDate due = LocalDate.of(2001, 1, 1).plusDays(dayOffset);
        String entry = "!" + due + "," + interval + "," + ease;
        String[] entries = new String[siblings];
        Arrays.fill(entries, entry);
        List<CarriedSchedule> got = SrScheduleComment.in("a::b\n<!--SR:" + String.join("", entries) + "-->");
        assertEquals(siblings, got.size());
        for (CarriedSchedule s : got) assertEquals(CarriedSchedule.sm2(due, interval, ease), s);
    }
}
