package com.zongji.engine.numbering;

/** What a pool load did: numbers added to city pools, and numbers left alone because they were there already. */
public record PoolImport(int imported, int alreadyPresent) {
}
