package com.zongji.engine.inbound;

import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.util.NoSuchElementException;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one employee of an enterprise who takes manual-service calls (IVR key 0, or no key at all). */
@Service
@RequiredArgsConstructor
@Transactional
public class ManualService {

    private final EnterpriseRepository enterprises;
    private final EmployeeRepository employees;

    public Employee assign(long enterpriseId, long employeeId) {
        Employee person = employees.findByIdAndEnterpriseId(employeeId, enterpriseId)
                .orElseThrow(() -> new NoSuchElementException("没有该员工 / no such employee " + employeeId));
        if (!person.isActivated()) {
            throw new IllegalArgumentException("人工服务人员必须是已激活员工 / the manual-service person must be an activated employee");
        }
        enterprise(enterpriseId).assignManualService(person.getId());
        return person;
    }

    @Transactional(readOnly = true)
    public Optional<Employee> person(long enterpriseId) {
        return Optional.ofNullable(enterprise(enterpriseId).getManualServiceEmployeeId())
                .flatMap(id -> employees.findByIdAndEnterpriseId(id, enterpriseId));
    }

    private Enterprise enterprise(long enterpriseId) {
        return enterprises.findById(enterpriseId).orElseThrow(() -> new NoSuchElementException("No enterprise " + enterpriseId));
    }
}
