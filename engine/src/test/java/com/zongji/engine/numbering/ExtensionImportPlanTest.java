package com.zongji.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.org.Employee;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ExtensionImportPlanTest {

    private final Employee liu = employee(11, "刘力", "800");
    private final Employee mu = employee(12, "穆伦", "801");
    private final Employee rong = employee(13, "荣彩", "802");
    private final Employee zhao = employee(16, "赵敏", null);
    private final List<Employee> staff = List.of(liu, mu, rong, zhao);

    @Test
    void rowsAsTheyAreChangeNothing() {
        ExtensionImportPlan plan = plan(row(2, "11", "800"), row(3, "12", "801"), row(4, "13", "802"), row(5, "16", ""));

        assertThat(plan.applicable()).isTrue();
        assertThat(plan.changes()).isEmpty();
    }

    @Test
    void changedRowsBecomeChangesAndBlanksAroundCellsAreIgnored() {
        ExtensionImportPlan plan = plan(row(2, " 11 ", " 8000 "), row(3, "16", "900"));

        assertThat(plan.applicable()).isTrue();
        assertThat(plan.changes()).containsExactly(
                new ExtensionChange(11, "刘力", "800", "8000"),
                new ExtensionChange(16, "赵敏", null, "900"));
    }

    @Test
    void employeesInTheFileMaySwapExtensions() {
        ExtensionImportPlan plan = plan(row(2, "11", "801"), row(3, "12", "800"));

        assertThat(plan.applicable()).isTrue();
        assertThat(plan.changes()).extracting(ExtensionChange::to).containsExactly("801", "800");
    }

    @Test
    void anUnknownOrMissingOrMalformedEmployeeIdIsNamedWithItsRow() {
        ExtensionImportPlan plan = plan(row(2, "99", "900"), row(3, "", "901"), row(4, "刘力", "902"), row(5, "11", "800"));

        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).extracting(ExtensionRowProblem::row).containsExactly(2, 3, 4);
        assertThat(plan.problems().get(0).message()).startsWith("本企业没有员工ID为 99 的员工");
        assertThat(plan.problems().get(1).message()).startsWith("缺少员工ID");
        assertThat(plan.problems().get(2).message()).startsWith("员工ID「刘力」不是数字");
    }

    @Test
    void malformedExtensionsAreRefused() {
        ExtensionImportPlan plan = plan(row(2, "11", "8a0"), row(3, "12", "0801"), row(4, "13", "8"),
                row(5, "16", "12345678901"));

        assertThat(plan.problems()).extracting(ExtensionRowProblem::row).containsExactly(2, 3, 4, 5);
        assertThat(plan.problems()).extracting(ExtensionRowProblem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("分机号「8a0」只能包含数字"),
                m -> assertThat(m).startsWith("分机号「0801」不能以 0 开头"),
                m -> assertThat(m).startsWith("分机号「8」须为 2 到 10 位数字"),
                m -> assertThat(m).startsWith("分机号「12345678901」须为 2 到 10 位数字"));
    }

    @Test
    void aDuplicateWithinTheFileNamesTheEarlierRow() {
        ExtensionImportPlan plan = plan(row(2, "11", "900"), row(3, "12", "801"), row(4, "13", "900"));

        assertThat(plan.problems()).containsExactly(new ExtensionRowProblem(4,
                "分机号 900 与第 2 行重复 / Extension 900 is also on row 2"));
    }

    @Test
    void anExtensionHeldByAnEmployeeTheFileDoesNotChangeClashes() {
        ExtensionImportPlan plan = plan(row(2, "11", "801"));

        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.message()).startsWith("分机号 801 已属于穆伦（员工ID 12），该员工不在文件中");
        });
    }

    @Test
    void anEmployeeOnTwoRowsIsRefusedOnTheSecond() {
        ExtensionImportPlan plan = plan(row(2, "11", "900"), row(3, "11", "901"));

        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.message()).startsWith("员工刘力（员工ID 11）已在第 2 行出现");
        });
    }

    @Test
    void aBlankCannotTakeAnExtensionAway() {
        ExtensionImportPlan plan = plan(row(2, "11", " "));

        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.message()).startsWith("分机号为空：刘力现有分机号 800");
        });
    }

    @Test
    void everyBadRowIsReportedInRowOrderAndNoChangeIsOfferedForTheGoodOnes() {
        ExtensionImportPlan plan = plan(row(2, "11", "900"), row(3, "12", "802"), row(4, "16", "x"));

        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).extracting(ExtensionRowProblem::row).containsExactly(3, 4);
    }

    private ExtensionImportPlan plan(ExtensionRow... rows) {
        return ExtensionImportPlan.of(staff, List.of(rows));
    }

    private static ExtensionRow row(int row, String employeeId, String extension) {
        return new ExtensionRow(row, employeeId, extension);
    }

    static Employee employee(long id, String name, String extension) {
        Employee employee = new Employee(7L, 1L, name, "1862700000" + (id % 10), true);
        ReflectionTestUtils.setField(employee, "id", id);
        if (extension != null) {
            employee.assignExtension(extension);
        }
        return employee;
    }
}
