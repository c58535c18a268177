package com.zongji.rules.display;

/** The platform's number in a region, shown on leg A to employees whose mobile is from that region. */
public record PlatformNumber(String number) {
}
