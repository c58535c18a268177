package com.zongji.engine.contact;

/**
 * Who changes an enterprise's contacts: its admin, or one of its employees (colleagues share customers).
 *
 * @param employeeId the acting employee, null for an admin login that is nobody's
 */
public record ContactEditor(long enterpriseId, Long employeeId, boolean admin) {
}
