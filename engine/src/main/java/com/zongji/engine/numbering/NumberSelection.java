package com.zongji.engine.numbering;

import com.zongji.engine.enterprise.Enterprise;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise choosing its office number from its city's pool: offer, reserve, release, confirm.
 * <p>
 * No number goes to two enterprises because every change of hands is one conditional update of the
 * number's row, decided by the database for all engine nodes. A reservation whose time has passed counts
 * as free for everyone else at once, even before its process releases it, so a dead process cannot keep
 * a number out of the pool. One enterprise's own steps are serialised by locking its enterprise row.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class NumberSelection {

    /** How many numbers an admin is shown at a time (DESIGN, onboarding step 3). */
    static final int OFFER_SIZE = 40;

    private final OfficeNumberRepository numbers;
    private final EntityManager entityManager;
    private final Clock clock;

    /**
     * Up to 40 numbers of the city free to pick, in number order (the same list on every call); nothing for
     * an enterprise that has confirmed its number, since confirmation is final.
     */
    @Transactional(readOnly = true)
    public List<String> offer(long enterpriseId, String city) {
        if (confirmedNumberOf(enterpriseId).isPresent()) {
            return List.of();
        }
        return numbers.findOfferable(city, clock.instant(), Limit.of(OFFER_SIZE)).stream()
                .map(OfficeNumber::getNumber)
                .toList();
    }

    /**
     * Holds the number for the enterprise until {@code until}, replacing its earlier reservation.
     * A taken number leaves everything as it was; that refusal does not spoil the caller's transaction,
     * so a process can record it and wait for another pick.
     */
    @Transactional(noRollbackFor = NumberUnavailable.class)
    public Reservation reserve(long enterpriseId, String number, Instant until) {
        requirePickable(lockEnterprise(enterpriseId), number);
        if (numbers.reserveIfAvailable(number, enterpriseId, until, clock.instant()) == 0) {
            throw NumberUnavailable.taken(number);
        }
        numbers.releaseReservationsExcept(enterpriseId, number);
        return new Reservation(number, enterpriseId, until);
    }

    /**
     * Refuses, without changing anything, a pick that can never succeed: an unknown number, one of another
     * city, or any number once the enterprise has confirmed its own. Whether it is still free is for
     * {@link #reserve} to decide.
     */
    @Transactional(readOnly = true)
    public void checkPick(long enterpriseId, String number) {
        Enterprise enterprise = entityManager.find(Enterprise.class, enterpriseId);
        if (enterprise == null) {
            throw unknownEnterprise(enterpriseId);
        }
        requirePickable(enterprise, number);
    }

    /** Gives a reserved number back to the pool; a number no longer held by the enterprise stays as it is. */
    public boolean release(long enterpriseId, String number) {
        return numbers.releaseReservation(number, enterpriseId) == 1;
    }

    /** Makes the reserved number the enterprise's office number for good. */
    public String confirm(long enterpriseId, String number) {
        lockEnterprise(enterpriseId);
        requireNoConfirmedNumber(enterpriseId);
        numbers.findById(number).orElseThrow(() -> unknown(number));
        if (numbers.assignIfStillReserved(number, enterpriseId, clock.instant()) == 0) {
            throw NumberUnavailable.lapsed(number);
        }
        return number;
    }

    /** The enterprise's current hold, if it has one that has not lapsed. */
    @Transactional(readOnly = true)
    public Optional<Reservation> reservationOf(long enterpriseId) {
        Instant now = clock.instant();
        return numbers.findFirstByEnterpriseIdAndStatus(enterpriseId, NumberStatus.RESERVED)
                .filter(held -> !held.getReservedUntil().isBefore(now))
                .map(held -> new Reservation(held.getNumber(), enterpriseId, held.getReservedUntil()));
    }

    @Transactional(readOnly = true)
    public Optional<String> confirmedNumberOf(long enterpriseId) {
        return numbers.findFirstByEnterpriseIdAndStatus(enterpriseId, NumberStatus.ASSIGNED).map(OfficeNumber::getNumber);
    }

    private void requirePickable(Enterprise enterprise, String number) {
        requireNoConfirmedNumber(enterprise.getId());
        OfficeNumber officeNumber = numbers.findById(number).orElseThrow(() -> unknown(number));
        if (!officeNumber.getCity().equals(enterprise.getCity())) {
            throw new IllegalArgumentException("号码 " + number + " 属于" + officeNumber.getCity() + "号码池,本企业只能选择"
                    + enterprise.getCity() + "的号码 (number of another city)");
        }
    }

    private Enterprise lockEnterprise(long enterpriseId) {
        Enterprise enterprise = entityManager.find(Enterprise.class, enterpriseId, LockModeType.PESSIMISTIC_WRITE);
        if (enterprise == null) {
            throw unknownEnterprise(enterpriseId);
        }
        return enterprise;
    }

    private static NoSuchElementException unknownEnterprise(long enterpriseId) {
        return new NoSuchElementException("企业 " + enterpriseId + " 不存在 (unknown enterprise)");
    }

    private void requireNoConfirmedNumber(long enterpriseId) {
        confirmedNumberOf(enterpriseId).ifPresent(number -> {
            throw new OfficeNumberAlreadyConfirmed(number);
        });
    }

    private static NoSuchElementException unknown(String number) {
        return new NoSuchElementException("号码 " + number + " 不在号码池中 (unknown office number)");
    }
}
