package com.zongji.engine.numbering;

/** An employee waiting for allocation, with the extension they hold ({@code null} or blank when none yet). */
public record EmployeeExtension(long employeeId, String extension) {

    public static EmployeeExtension without(long employeeId) {
        return new EmployeeExtension(employeeId, null);
    }

    public boolean hasExtension() {
        return extension != null && !extension.isBlank();
    }
}
