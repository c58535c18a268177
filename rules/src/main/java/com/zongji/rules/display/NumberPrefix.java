package com.zongji.rules.display;

/** The fact the region table looks up: a mobile's H-code (号段) or a fixed line's area code (区号). */
public record NumberPrefix(String digits) {
}
