package com.zongji.engine.call;

/** The caller's card shown on the callee's phone (名片). */
public enum CallerCard {
    /** Name, company and title (姓名、公司、职位). */
    FULL,
    /** Name and company only (姓名和公司). */
    NAME_AND_COMPANY,
    /** No card: the phone shows the fixed number only. */
    NONE
}
