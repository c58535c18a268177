package com.zongji.rules.numbering;

/** Decision of the numbering table: how many digits an enterprise's new extensions have. */
public record ExtensionLength(int digits) {
}
