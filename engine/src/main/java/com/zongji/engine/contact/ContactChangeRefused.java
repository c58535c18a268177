package com.zongji.engine.contact;

/** The editor may see the contact but not make this change to it. */
public class ContactChangeRefused extends RuntimeException {

    public ContactChangeRefused(String message) {
        super(message);
    }
}
