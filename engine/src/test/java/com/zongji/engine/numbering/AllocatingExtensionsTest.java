package com.zongji.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyIterable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class AllocatingExtensionsTest {

    private static final long ENTERPRISE = 7;

    private final EmployeeRepository employees = mock(EmployeeRepository.class);
    private final List<Headcount> asked = new ArrayList<>();
    private final ExtensionNumberingPolicy policy = headcount -> {
        asked.add(headcount);
        return new ExtensionScheme(3, List.of(8, 9), Set.of(4));
    };
    private final AllocatingExtensions allocating = new AllocatingExtensions(employees, policy);

    @Test
    void activatedEmployeesWithoutAnExtensionGetOneAndKeepTheirOwn() {
        Employee holder = employee(1, true, "800");
        Employee waiting = employee(2, true, null);
        Employee inactive = employee(3, false, "801");
        Employee notYetActivated = employee(4, false, null);
        when(employees.findByEnterpriseIdOrderById(ENTERPRISE)).thenReturn(List.of(holder, waiting, inactive, notYetActivated));

        List<ExtensionAssignment> assigned = allocating.allocate(ENTERPRISE);

        assertThat(assigned).containsExactly(new ExtensionAssignment(2, "802"));
        assertThat(waiting.getExtension()).isEqualTo("802");
        assertThat(holder.getExtension()).isEqualTo("800");
        assertThat(notYetActivated.getExtension()).isNull();
        assertThat(asked).containsExactly(new Headcount(2));
        verify(employees).saveAll(List.of(waiting));
    }

    @Test
    void nobodyWaitingNeedsNoDecision() {
        when(employees.findByEnterpriseIdOrderById(ENTERPRISE)).thenReturn(List.of(employee(1, true, "800")));

        assertThat(allocating.allocate(ENTERPRISE)).isEmpty();
        assertThat(asked).isEmpty();
        verify(employees, never()).saveAll(anyIterable());
    }

    private static Employee employee(long id, boolean activated, String extension) {
        Employee employee = new Employee(ENTERPRISE, 1L, "员工" + id, "1380013800" + id, activated);
        ReflectionTestUtils.setField(employee, "id", id);
        if (extension != null) {
            employee.assignExtension(extension);
        }
        return employee;
    }
}
