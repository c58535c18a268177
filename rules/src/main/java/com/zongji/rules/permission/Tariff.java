package com.zongji.rules.permission;

/** The price of each started minute to a kind of number, in thousandths of a yuan (厘). */
public record Tariff(long pricePerMinute) {
}
