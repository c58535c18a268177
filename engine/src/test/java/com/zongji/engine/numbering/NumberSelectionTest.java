package com.zongji.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.OrganizationType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class NumberSelectionTest {

    private static final long ENTERPRISE = 7;
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant UNTIL = NOW.plusSeconds(900);

    private final OfficeNumberRepository numbers = mock(OfficeNumberRepository.class);
    private final EntityManager entityManager = mock(EntityManager.class);
    private final NumberSelection selection = new NumberSelection(numbers, entityManager, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void anEnterpriseOfWuhan() {
        Enterprise wuhan = new Enterprise("武汉测试有限公司", "湖北", "武汉", OrganizationType.COMPANY, LocalDate.of(2020, 1, 1));
        ReflectionTestUtils.setField(wuhan, "id", ENTERPRISE);
        when(entityManager.find(Enterprise.class, ENTERPRISE)).thenReturn(wuhan);
        when(entityManager.find(Enterprise.class, ENTERPRISE, LockModeType.PESSIMISTIC_WRITE)).thenReturn(wuhan);
        when(numbers.findFirstByEnterpriseIdAndStatus(ENTERPRISE, NumberStatus.ASSIGNED)).thenReturn(Optional.empty());
        when(numbers.findById("02787654300")).thenReturn(Optional.of(new OfficeNumber("02787654300", "湖北", "武汉")));
        when(numbers.findById("02166668800")).thenReturn(Optional.of(new OfficeNumber("02166668800", "上海", "上海")));
    }

    @Test
    void aFreeNumberOfTheOwnCityIsReservedAndTheEarlierReservationReleased() {
        when(numbers.reserveIfAvailable("02787654300", ENTERPRISE, UNTIL, NOW)).thenReturn(1);

        Reservation reservation = selection.reserve(ENTERPRISE, "02787654300", UNTIL);

        assertThat(reservation).isEqualTo(new Reservation("02787654300", ENTERPRISE, UNTIL));
        verify(numbers).releaseReservationsExcept(ENTERPRISE, "02787654300");
    }

    @Test
    void aNumberAnotherEnterpriseTookFirstIsRefusedAndTheEarlierReservationKept() {
        when(numbers.reserveIfAvailable("02787654300", ENTERPRISE, UNTIL, NOW)).thenReturn(0);

        assertThatThrownBy(() -> selection.reserve(ENTERPRISE, "02787654300", UNTIL))
                .isInstanceOf(NumberUnavailable.class)
                .hasMessageStartingWith("号码 02787654300 刚被其他企业选走");
        verify(numbers, never()).releaseReservationsExcept(anyLong(), anyString());
    }

    @Test
    void aNumberOfAnotherCityIsRefusedWithoutTouchingIt() {
        assertThatThrownBy(() -> selection.reserve(ENTERPRISE, "02166668800", UNTIL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("属于上海号码池");
        verify(numbers, never()).reserveIfAvailable(anyString(), anyLong(), any(), any());
    }

    @Test
    void aPickThatCanNeverSucceedIsRefusedBeforeAnythingChanges() {
        assertThatThrownBy(() -> selection.checkPick(ENTERPRISE, "02166668800")).isInstanceOf(IllegalArgumentException.class);
        when(numbers.findById("02700000000")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> selection.checkPick(ENTERPRISE, "02700000000")).isInstanceOf(NoSuchElementException.class);
        selection.checkPick(ENTERPRISE, "02787654300");
        verify(numbers, never()).reserveIfAvailable(anyString(), anyLong(), any(), any());
    }

    @Test
    void aNumberOutsideEveryPoolIsUnknown() {
        when(numbers.findById("02700000000")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> selection.reserve(ENTERPRISE, "02700000000", UNTIL))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("不在号码池中");
    }

    @Test
    void anEnterpriseWithAConfirmedNumberCannotReserveOrConfirmAnother() {
        OfficeNumber own = new OfficeNumber("02787654301", "湖北", "武汉");
        own.assignTo(ENTERPRISE);
        when(numbers.findFirstByEnterpriseIdAndStatus(ENTERPRISE, NumberStatus.ASSIGNED)).thenReturn(Optional.of(own));

        assertThatThrownBy(() -> selection.reserve(ENTERPRISE, "02787654300", UNTIL))
                .isInstanceOf(OfficeNumberAlreadyConfirmed.class)
                .hasMessageContaining("确认后不能更换");
        assertThatThrownBy(() -> selection.confirm(ENTERPRISE, "02787654300"))
                .isInstanceOf(OfficeNumberAlreadyConfirmed.class);
        assertThat(selection.offer(ENTERPRISE, "武汉")).isEmpty();
        verify(numbers, never()).reserveIfAvailable(anyString(), anyLong(), any(), any());
        verify(numbers, never()).assignIfStillReserved(anyString(), anyLong(), any());
    }

    @Test
    void confirmationNeedsAReservationThatHasNotLapsed() {
        when(numbers.assignIfStillReserved("02787654300", ENTERPRISE, NOW)).thenReturn(0);

        assertThatThrownBy(() -> selection.confirm(ENTERPRISE, "02787654300"))
                .isInstanceOf(NumberUnavailable.class)
                .hasMessageContaining("预留已过期");
    }

    @Test
    void aHeldNumberIsConfirmed() {
        when(numbers.assignIfStillReserved("02787654300", ENTERPRISE, NOW)).thenReturn(1);

        assertThat(selection.confirm(ENTERPRISE, "02787654300")).isEqualTo("02787654300");
    }

    @Test
    void aLapsedHoldIsNoReservation() {
        OfficeNumber lapsed = new OfficeNumber("02787654300", "湖北", "武汉");
        ReflectionTestUtils.setField(lapsed, "status", NumberStatus.RESERVED);
        ReflectionTestUtils.setField(lapsed, "reservedUntil", NOW.minusSeconds(1));
        when(numbers.findFirstByEnterpriseIdAndStatus(eq(ENTERPRISE), eq(NumberStatus.RESERVED))).thenReturn(Optional.of(lapsed));

        assertThat(selection.reservationOf(ENTERPRISE)).isEmpty();
    }
}
