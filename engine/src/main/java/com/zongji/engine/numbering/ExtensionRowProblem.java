package com.zongji.engine.numbering;

/** Why a row of an extension import cannot be applied. */
public record ExtensionRowProblem(int row, String message) {
}
