package com.zongji.rules.table;

import java.util.List;

/** A test fact shaped as the tables' facts are: an immutable record (its list collects the decision). */
public record Headcount(int activated, List<Integer> lengths) {
}
