package com.zongji.engine.numbering;

/** An extension the allocator gave to an employee who had none. */
public record ExtensionAssignment(long employeeId, String extension) {
}
