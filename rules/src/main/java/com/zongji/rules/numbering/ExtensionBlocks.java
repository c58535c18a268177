package com.zongji.rules.numbering;

import java.util.List;

/** Decision of the numbering table: leading digits whose blocks are filled, one after the other. */
public record ExtensionBlocks(List<Integer> leadingDigits) {
}
