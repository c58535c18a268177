package com.zongji.engine.numbering;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How an enterprise's extensions are numbered: their length, the leading digits whose blocks are
 * filled one after the other, and the last digits no extension ends in.
 */
public record ExtensionScheme(int length, List<Integer> blockOrder, Set<Integer> skippedLastDigits) {

    /** Single digits are the IVR's menu keys. */
    public static final int MIN_LENGTH = 2;
    /** The {@code extension} column holds ten characters. */
    public static final int MAX_LENGTH = 10;

    public ExtensionScheme {
        blockOrder = List.copyOf(blockOrder);
        skippedLastDigits = Set.copyOf(skippedLastDigits);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("分机号长度须在 " + MIN_LENGTH + " 到 " + MAX_LENGTH + " 位之间 / Extension length must be "
                    + MIN_LENGTH + " to " + MAX_LENGTH + " digits: " + length);
        }
        if (blockOrder.isEmpty() || new HashSet<>(blockOrder).size() != blockOrder.size()) {
            throw new IllegalArgumentException("号段顺序不能为空或重复 / Block order must name each leading digit once: " + blockOrder);
        }
        // 0 is the IVR's key for manual service: a caller could never dial an extension starting with it.
        if (blockOrder.stream().anyMatch(digit -> digit < 1 || digit > 9)) {
            throw new IllegalArgumentException("号段首位只能是 1 到 9（0 留给人工服务）/ Leading digits must be 1 to 9, 0 is the operator: "
                    + blockOrder);
        }
        if (skippedLastDigits.stream().anyMatch(digit -> digit < 0 || digit > 9) || skippedLastDigits.size() == 10) {
            throw new IllegalArgumentException("跳过的尾号须是 0 到 9 且不能全部跳过 / Skipped last digits must be 0 to 9, not all ten: "
                    + skippedLastDigits);
        }
    }

    /** Numbers in one block: every number of this length that starts with the block's digit. */
    public long blockSize() {
        long size = 1;
        for (int i = 1; i < length; i++) {
            size *= 10;
        }
        return size;
    }

    /** Extensions the scheme can give out at most, before any is taken. */
    public long capacity() {
        return blockOrder.size() * (blockSize() / 10) * (10 - skippedLastDigits.size());
    }
}
