package com.zongji.engine.records;

/**
 * One side of a call as a CDR shows it: a colleague's department and name, an external contact's company
 * and name, or only the number.
 */
public record CdrParty(String department, String name, String number) {
}
