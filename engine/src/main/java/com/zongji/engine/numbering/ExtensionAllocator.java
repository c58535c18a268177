package com.zongji.engine.numbering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gives extensions to the employees who have none, in order of employee id: each gets the lowest free
 * number of the first block that still has room. Numbers already taken in the enterprise (allocated or
 * typed in by an admin) are passed over, so gaps are filled and nothing is ever overwritten.
 */
public final class ExtensionAllocator {

    /**
     * @param taken     every extension the enterprise already uses, whoever holds it
     * @param employees the employees to serve; those holding an extension keep it
     * @throws ExtensionsExhausted when the blocks run out before every employee has an extension
     */
    public List<ExtensionAssignment> allocate(ExtensionScheme scheme, Collection<String> taken, List<EmployeeExtension> employees) {
        List<EmployeeExtension> waiting = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (EmployeeExtension employee : employees) {
            if (employee.hasExtension()) {
                held.add(employee.extension());
            } else {
                waiting.add(employee);
            }
        }
        if (!inOrderOfId(waiting)) {
            waiting.sort(Comparator.comparingLong(EmployeeExtension::employeeId));
        }

        FreeNumbers free = new FreeNumbers(scheme, Stream.concat(taken.stream(), held.stream()));
        List<ExtensionAssignment> assignments = new ArrayList<>(waiting.size());
        for (EmployeeExtension employee : waiting) {
            String extension = free.next();
            if (extension == null) {
                throw new ExtensionsExhausted(scheme, waiting.size() - assignments.size());
            }
            assignments.add(new ExtensionAssignment(employee.employeeId(), extension));
        }
        return assignments;
    }

    private static boolean inOrderOfId(List<EmployeeExtension> employees) {
        for (int i = 1; i < employees.size(); i++) {
            if (employees.get(i - 1).employeeId() > employees.get(i).employeeId()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Walks the scheme's numbers once, block by block and upwards within a block. A number passed over is
     * taken or skipped and stays so, hence one forward cursor serves all employees of a run. Only taken
     * extensions written exactly as a number of the scheme can be met on the walk; they are kept as sorted
     * numbers, so the walk needs no text and no hashing per candidate.
     */
    private static final class FreeNumbers {

        private final List<Integer> blockOrder;
        private final long[] taken;
        private final boolean[] skipped = new boolean[10];
        private final long blockSize;
        private int block;
        private long offset;

        FreeNumbers(ExtensionScheme scheme, Stream<String> taken) {
            this.blockOrder = scheme.blockOrder();
            this.taken = taken.filter(extension -> isNumberOf(scheme, extension))
                    .mapToLong(Long::parseLong)
                    .sorted()
                    .toArray();
            scheme.skippedLastDigits().forEach(digit -> skipped[digit] = true);
            this.blockSize = scheme.blockSize();
        }

        /** The next free number, or {@code null} when every block is used up. */
        String next() {
            while (block < blockOrder.size()) {
                long number = blockOrder.get(block) * blockSize + offset;
                advance();
                if (!skipped[(int) (number % 10)] && Arrays.binarySearch(taken, number) < 0) {
                    return Long.toString(number);
                }
            }
            return null;
        }

        private void advance() {
            offset++;
            if (offset == blockSize) {
                offset = 0;
                block++;
            }
        }

        private static boolean isNumberOf(ExtensionScheme scheme, String extension) {
            if (extension.length() != scheme.length() || extension.charAt(0) == '0') {
                return false;
            }
            return extension.chars().allMatch(c -> c >= '0' && c <= '9');
        }
    }
}
