package com.zongji.engine.numbering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Office numbers. The reservation statements are single conditional updates: whichever transaction
 * changes the row first wins, on every engine node sharing the database; the caller reads the row count.
 */
public interface OfficeNumberRepository extends JpaRepository<OfficeNumber, String> {

    /** Asked for every INVITE (JPQL, whose plan Hibernate caches). */
    @Query("select count(n) > 0 from OfficeNumber n where n.number = :number and n.status = :status")
    boolean existsByNumberAndStatus(String number, NumberStatus status);

    List<OfficeNumber> findByEnterpriseId(Long enterpriseId);

    Optional<OfficeNumber> findFirstByEnterpriseIdAndStatus(Long enterpriseId, NumberStatus status);

    /** Free numbers of a city, and reserved ones whose hold has lapsed, in number order. */
    @Query("""
            select n from OfficeNumber n
            where n.city = :city
              and (n.status = com.zongji.engine.numbering.NumberStatus.FREE
                   or (n.status = com.zongji.engine.numbering.NumberStatus.RESERVED and n.reservedUntil < :now))
            order by n.number""")
    List<OfficeNumber> findOfferable(String city, Instant now, Limit limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OfficeNumber n
            set n.status = com.zongji.engine.numbering.NumberStatus.RESERVED, n.enterpriseId = :enterpriseId,
                n.reservedUntil = :until, n.version = n.version + 1
            where n.number = :number
              and (n.status = com.zongji.engine.numbering.NumberStatus.FREE
                   or (n.status = com.zongji.engine.numbering.NumberStatus.RESERVED
                       and (n.reservedUntil < :now or n.enterpriseId = :enterpriseId)))""")
    int reserveIfAvailable(String number, long enterpriseId, Instant until, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OfficeNumber n
            set n.status = com.zongji.engine.numbering.NumberStatus.FREE, n.enterpriseId = null,
                n.reservedUntil = null, n.version = n.version + 1
            where n.enterpriseId = :enterpriseId and n.number <> :kept
              and n.status = com.zongji.engine.numbering.NumberStatus.RESERVED""")
    int releaseReservationsExcept(long enterpriseId, String kept);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OfficeNumber n
            set n.status = com.zongji.engine.numbering.NumberStatus.FREE, n.enterpriseId = null,
                n.reservedUntil = null, n.version = n.version + 1
            where n.number = :number and n.enterpriseId = :enterpriseId
              and n.status = com.zongji.engine.numbering.NumberStatus.RESERVED""")
    int releaseReservation(String number, long enterpriseId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OfficeNumber n
            set n.status = com.zongji.engine.numbering.NumberStatus.ASSIGNED, n.reservedUntil = null,
                n.version = n.version + 1
            where n.number = :number and n.enterpriseId = :enterpriseId
              and n.status = com.zongji.engine.numbering.NumberStatus.RESERVED and n.reservedUntil >= :now""")
    int assignIfStillReserved(String number, long enterpriseId, Instant now);
}
