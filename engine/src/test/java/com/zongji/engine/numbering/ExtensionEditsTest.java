package com.zongji.engine.numbering;

import static com.zongji.engine.numbering.ExtensionImportPlanTest.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyIterable;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class ExtensionEditsTest {

    private static final long ENTERPRISE = 7;

    private final EmployeeRepository employees = mock(EmployeeRepository.class);
    private final ExtensionEdits edits = new ExtensionEdits(employees);
    private final Employee liu = employee(11, "刘力", "800");
    private final Employee mu = employee(12, "穆伦", "801");
    /** What each flush wrote: employee id and extension, per flush. */
    private final List<List<String>> flushes = new ArrayList<>();

    @BeforeEach
    void staff() {
        when(employees.findByEnterpriseIdOrderById(ENTERPRISE)).thenReturn(List.of(liu, mu));
        doAnswer(invocation -> {
            List<String> written = new ArrayList<>();
            invocation.<Iterable<Employee>>getArgument(0).forEach(e -> written.add(e.getId() + "=" + e.getExtension()));
            flushes.add(written);
            return null;
        }).when(employees).saveAllAndFlush(anyIterable());
    }

    @Test
    void anAdminChangesOneExtension() {
        Employee changed = edits.change(ENTERPRISE, 11, " 8000 ");

        assertThat(changed.getExtension()).isEqualTo("8000");
        assertThat(flushes).containsExactly(List.of("11=8000"));
    }

    @Test
    void anotherEmployeesExtensionIsRefusedNamingTheHolder() {
        assertThatThrownBy(() -> edits.change(ENTERPRISE, 11, "801"))
                .isInstanceOf(ExtensionTaken.class)
                .hasMessageStartingWith("分机号 801 已属于穆伦（员工ID 12）");
        assertThat(liu.getExtension()).isEqualTo("800");
        assertThat(flushes).isEmpty();
    }

    @Test
    void aMalformedExtensionOrUnknownEmployeeChangesNothing() {
        assertThatThrownBy(() -> edits.change(ENTERPRISE, 11, "80-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("分机号「80-1」只能包含数字");
        assertThatThrownBy(() -> edits.change(ENTERPRISE, 99, "900")).isInstanceOf(NoSuchElementException.class);
        assertThat(flushes).isEmpty();
    }

    @Test
    void theDatabaseRefusingAConcurrentEditBecomesExtensionTaken() {
        doAnswer(invocation -> {
            throw new DataIntegrityViolationException("employee_extension_unique");
        }).when(employees).saveAllAndFlush(anyIterable());

        assertThatThrownBy(() -> edits.change(ENTERPRISE, 11, "900")).isInstanceOf(ExtensionTaken.class);
    }

    @Test
    void oneBadRowRefusesTheWholeImportAndWritesNothing() {
        List<ExtensionRow> rows = List.of(new ExtensionRow(2, "11", "900"), new ExtensionRow(3, "12", "900"));

        assertThatThrownBy(() -> edits.importRows(ENTERPRISE, rows))
                .isInstanceOfSatisfying(ExtensionImportRejected.class, rejected -> {
                    assertThat(rejected.problems()).extracting(ExtensionRowProblem::row).containsExactly(3);
                    assertThat(rejected.getMessage()).startsWith("导入未生效：第 3 行有错误");
                });
        assertThat(liu.getExtension()).isEqualTo("800");
        assertThat(mu.getExtension()).isEqualTo("801");
        verify(employees, never()).saveAllAndFlush(anyIterable());
    }

    @Test
    void aSwapReleasesBothExtensionsBeforeWritingTheNewOnes() {
        ExtensionImportResult result = edits.importRows(ENTERPRISE,
                List.of(new ExtensionRow(2, "11", "801"), new ExtensionRow(3, "12", "800")));

        assertThat(flushes).containsExactly(List.of("11=null", "12=null"), List.of("11=801", "12=800"));
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.changed()).extracting(ExtensionChange::from, ExtensionChange::to)
                .containsExactly(tuple("800", "801"), tuple("801", "800"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> edits.importRows(ENTERPRISE, List.of())).isInstanceOf(ExtensionImportRejected.class)
                .hasMessageStartingWith("文件中没有员工行");
    }
}
