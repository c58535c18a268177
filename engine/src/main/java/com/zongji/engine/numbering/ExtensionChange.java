package com.zongji.engine.numbering;

/** An employee's extension before and after an import ({@code from} is null when they had none). */
public record ExtensionChange(long employeeId, String name, String from, String to) {
}
