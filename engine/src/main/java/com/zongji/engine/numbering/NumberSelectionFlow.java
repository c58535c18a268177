package com.zongji.engine.numbering;

/**
 * The admin's side of the running number selection of an enterprise (a flow port: the process decides
 * what a pick or a confirmation does next).
 */
public interface NumberSelectionFlow {

    /**
     * Picks a number of the enterprise's city pool and reserves it while confirmation is pending.
     *
     * @throws java.util.NoSuchElementException for a number not in any pool
     * @throws IllegalArgumentException for a number of another city
     * @throws NumberUnavailable when another enterprise has it, or no pick is awaited right now
     */
    Reservation pick(long enterpriseId, String number);

    /**
     * Confirms the reserved number for good.
     *
     * @return the enterprise's office number
     * @throws NumberUnavailable when nothing is reserved or the reservation lapsed
     */
    String confirm(long enterpriseId);
}
