package com.zongji.rules.display;

/** The callee table's decision whether the callee's phone shows the caller's company name. */
public record CompanyName(boolean shown) {
}
