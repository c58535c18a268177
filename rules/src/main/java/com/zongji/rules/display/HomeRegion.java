package com.zongji.rules.display;

/** A number's home region (归属地) as the region table names it; also the fact the platform-number table looks up. */
public record HomeRegion(String name) {
}
