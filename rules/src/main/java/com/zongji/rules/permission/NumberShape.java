package com.zongji.rules.permission;

/**
 * What the call-permission table made of a callee number's shape, e.g. 大陆号码 or 境外号码; the
 * checks further down the table read it.
 */
public record NumberShape(String kind) {
}
