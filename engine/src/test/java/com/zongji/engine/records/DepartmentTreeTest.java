package com.zongji.engine.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zongji.engine.billing.Money;
import com.zongji.engine.org.Department;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** 公司 → 销售中心 → 华中组, 公司 → 研发部. */
class DepartmentTreeTest {

    private static final long COMPANY = 1;
    private static final long SALES = 2;
    private static final long CENTRAL = 3;
    private static final long RESEARCH = 4;

    private final DepartmentTree tree = new DepartmentTree(List.of(
            department(CENTRAL, SALES, "华中组"),
            department(COMPANY, null, "公司"),
            department(SALES, COMPANY, "销售中心"),
            department(RESEARCH, COMPANY, "研发部")));

    @Test
    void aDepartmentStandsForItselfAndEverythingBelowIt() {
        assertThat(tree.subtreeOf(SALES)).containsExactlyInAnyOrder(SALES, CENTRAL);
        assertThat(tree.subtreeOf(COMPANY)).containsExactlyInAnyOrder(COMPANY, SALES, CENTRAL, RESEARCH);
        assertThat(tree.subtreeOf(CENTRAL)).containsExactly(CENTRAL);
    }

    @Test
    void totalsRollUpIntoEveryAncestorAndTheRootHoldsTheEnterprise() {
        Map<Long, CallTotals> own = Map.of(
                CENTRAL, totals(2, 5, 480),
                SALES, totals(1, 1, 96),
                RESEARCH, totals(1, 3, 288));

        List<DepartmentTotal> totals = tree.rollUp(own, null);

        assertThat(totals).extracting(DepartmentTotal::name).containsExactly("公司", "销售中心", "华中组", "研发部");
        assertThat(totals).extracting(DepartmentTotal::depth).containsExactly(0, 1, 2, 1);
        assertThat(totals).extracting(DepartmentTotal::totals).containsExactly(
                totals(4, 9, 864), totals(3, 6, 576), totals(2, 5, 480), totals(1, 3, 288));
    }

    @Test
    void callsOfNoEmployeeCountForTheEnterpriseOnly() {
        Map<Long, CallTotals> own = new HashMap<>();
        own.put(null, totals(3, 0, 0));
        own.put(RESEARCH, totals(1, 2, 192));

        List<DepartmentTotal> totals = tree.rollUp(own, null);

        assertThat(totals.get(0).totals()).isEqualTo(totals(4, 2, 192));
        assertThat(totals.get(1).totals()).isEqualTo(CallTotals.NONE);
    }

    @Test
    void aSubtreeRollsUpFromItsTop() {
        List<DepartmentTotal> totals = tree.rollUp(Map.of(CENTRAL, totals(1, 1, 96)), SALES);

        assertThat(totals).extracting(DepartmentTotal::name).containsExactly("销售中心", "华中组");
        assertThat(totals.get(0).depth()).isZero();
        assertThat(totals.get(0).totals()).isEqualTo(totals(1, 1, 96));
    }

    @Test
    void onlyTheTopDepartmentIsTheRoot() {
        assertThat(tree.isRoot(COMPANY)).isTrue();
        assertThat(tree.isRoot(SALES)).isFalse();
    }

    @Test
    void anotherEnterprisesDepartmentIsNotFound() {
        assertThatThrownBy(() -> tree.subtreeOf(99)).isInstanceOf(NoSuchElementException.class);
    }

    private static CallTotals totals(long calls, long minutes, long costThousandths) {
        return new CallTotals(calls, minutes, Money.ofThousandths(costThousandths));
    }

    private static Department department(long id, Long parentId, String name) {
        Department department = new Department(7L, parentId, name);
        ReflectionTestUtils.setField(department, "id", id);
        return department;
    }
}
