package com.zongji.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ExtensionAllocatorTest {

    private static final List<Integer> BLOCKS = List.of(8, 9, 1, 2, 3, 4, 5, 6, 7);
    private static final ExtensionScheme THREE_DIGITS = new ExtensionScheme(3, BLOCKS, Set.of(4));

    private final ExtensionAllocator allocator = new ExtensionAllocator();

    @Test
    void theFirstEmployeeGetsTheLowestNumberOfTheEightBlock() {
        assertThat(extensions(allocator.allocate(THREE_DIGITS, Set.of(), waiting(1)))).containsExactly("800");
    }

    @Test
    void extensionsSkipNumbersEndingInFour() {
        List<String> extensions = extensions(allocator.allocate(THREE_DIGITS, Set.of(), waiting(10)));

        assertThat(extensions).containsExactly("800", "801", "802", "803", "805", "806", "807", "808", "809", "810");
    }

    @Test
    void aFullEightBlockMovesOnToNine() {
        List<String> extensions = extensions(allocator.allocate(THREE_DIGITS, Set.of(), waiting(91)));

        // 800–899 are 100 numbers; the ten ending in 4 are skipped
        assertThat(extensions.subList(0, 90)).allMatch(e -> e.startsWith("8")).doesNotHaveDuplicates();
        assertThat(extensions.get(89)).isEqualTo("899");
        assertThat(extensions.get(90)).isEqualTo("900");
    }

    @Test
    void aFullNineBlockMovesOnToOne() {
        List<String> extensions = extensions(allocator.allocate(THREE_DIGITS, Set.of(), waiting(181)));

        assertThat(extensions.get(179)).isEqualTo("999");
        assertThat(extensions.get(180)).isEqualTo("100");
    }

    @Test
    void blocksAreFilledInTheSchemesOrder() {
        List<String> extensions = extensions(allocator.allocate(THREE_DIGITS, Set.of(), waiting(9 * 90)));

        List<Character> leadingDigitOfEachBlock = new ArrayList<>();
        for (int block = 0; block < 9; block++) {
            leadingDigitOfEachBlock.add(extensions.get(block * 90).charAt(0));
        }
        assertThat(leadingDigitOfEachBlock).containsExactly('8', '9', '1', '2', '3', '4', '5', '6', '7');
    }

    @Test
    void existingExtensionsAreKept() {
        List<EmployeeExtension> employees = List.of(
                new EmployeeExtension(1, "801"), EmployeeExtension.without(2), EmployeeExtension.without(3));

        List<ExtensionAssignment> assignments = allocator.allocate(THREE_DIGITS, Set.of(), employees);

        assertThat(assignments).containsExactly(new ExtensionAssignment(2, "800"), new ExtensionAssignment(3, "802"));
    }

    @Test
    void manualExtensionsAreNeverCollidedWith() {
        Set<String> manual = Set.of("800", "802", "803");

        assertThat(extensions(allocator.allocate(THREE_DIGITS, manual, waiting(3)))).containsExactly("801", "805", "806");
    }

    @Test
    void gapsAreFilledBeforeHigherNumbers() {
        Set<String> taken = Set.of("800", "801", "803", "805", "806");

        assertThat(extensions(allocator.allocate(THREE_DIGITS, taken, waiting(2)))).containsExactly("802", "807");
    }

    @Test
    void aGapInTheEightBlockIsFilledEvenWhenNineIsInUse() {
        Set<String> taken = new java.util.HashSet<>(extensions(allocator.allocate(THREE_DIGITS, Set.of(), waiting(95))));
        taken.remove("850");

        assertThat(extensions(allocator.allocate(THREE_DIGITS, taken, waiting(2)))).containsExactly("850", "906");
    }

    @Test
    void employeesAreServedInOrderOfEmployeeId() {
        List<EmployeeExtension> employees = List.of(
                EmployeeExtension.without(30), EmployeeExtension.without(10), EmployeeExtension.without(20));

        assertThat(allocator.allocate(THREE_DIGITS, Set.of(), employees)).containsExactly(
                new ExtensionAssignment(10, "800"), new ExtensionAssignment(20, "801"), new ExtensionAssignment(30, "802"));
    }

    @Test
    void nobodyWaitingAssignsNothing() {
        assertThat(allocator.allocate(THREE_DIGITS, Set.of("800"), List.of(new EmployeeExtension(1, "800")))).isEmpty();
    }

    @Test
    void everyBlockFullIsAClearError() {
        ExtensionScheme twoBlocks = new ExtensionScheme(2, List.of(8, 9), Set.of(4));

        assertThat(allocator.allocate(twoBlocks, Set.of(), waiting(18))).hasSize(18);
        assertThatThrownBy(() -> allocator.allocate(twoBlocks, Set.of("95"), waiting(18)))
                .isInstanceOf(ExtensionsExhausted.class)
                .hasMessageContaining("分机号已用完")
                .hasMessageContaining("还有 1 名员工没有分机号")
                .hasMessageContaining("Every 2-digit block [8, 9]");
    }

    @Test
    void fiveDigitsHoldEightyOneThousandExtensions() {
        ExtensionScheme fiveDigits = new ExtensionScheme(5, BLOCKS, Set.of(4));

        List<String> extensions = extensions(allocator.allocate(fiveDigits, Set.of(), waiting(81_000)));

        assertThat(extensions).doesNotHaveDuplicates().allMatch(e -> e.length() == 5 && !e.endsWith("4"));
        assertThat(extensions.get(80_999)).isEqualTo("79999");
        assertThatThrownBy(() -> allocator.allocate(fiveDigits, Set.of(), waiting(81_001)))
                .isInstanceOf(ExtensionsExhausted.class);
    }

    @Test
    void aHundredThousandEmployeesGetDistinctValidExtensions() {
        ExtensionScheme sixDigits = new ExtensionScheme(6, BLOCKS, Set.of(4));
        List<EmployeeExtension> employees = new ArrayList<>(waiting(100_000));
        Collections.shuffle(employees, new Random(3));
        employees.set(0, new EmployeeExtension(200_000, "800001"));

        List<ExtensionAssignment> assignments = allocator.allocate(sixDigits, Set.of("800003"), employees);

        assertThat(assignments).hasSize(99_999);
        assertThat(assignments).isSortedAccordingTo((a, b) -> Long.compare(a.employeeId(), b.employeeId()));
        assertThat(extensions(assignments))
                .doesNotHaveDuplicates()
                .doesNotContain("800001", "800003")
                .allMatch(e -> e.matches("[1-9]\\d{5}") && !e.endsWith("4"));
    }

    private static List<EmployeeExtension> waiting(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(EmployeeExtension::without).toList();
    }

    private static List<String> extensions(List<ExtensionAssignment> assignments) {
        return assignments.stream().map(ExtensionAssignment::extension).toList();
    }
}
