package com.zongji.bench;

import com.zongji.engine.numbering.EmployeeExtension;
import com.zongji.engine.numbering.ExtensionAllocator;
import com.zongji.engine.numbering.ExtensionAssignment;
import com.zongji.engine.numbering.ExtensionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Allocating extensions for a whole enterprise at once, as on account opening. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtensionAllocationBenchmark {

    /**
     * Five digits hold 81 000 extensions (leading digits 1–9, none ending in 4); beyond that the shipped
     * table gives six digits, so 100 000 employees run on a six-digit scheme.
     */
    @Param({"1000", "80000", "100000"})
    int employees;

    /** Share of employees that already hold an extension an admin typed in, scattered through the range. */
    @Param({"0", "10"})
    int manualPercent;

    private final ExtensionAllocator allocator = new ExtensionAllocator();
    private ExtensionScheme scheme;
    private List<EmployeeExtension> staff;

    @Setup
    public void staff() {
        scheme = new ExtensionScheme(employees > 81_000 ? 6 : 5, List.of(8, 9, 1, 2, 3, 4, 5, 6, 7), Set.of(4));
        staff = new ArrayList<>(employees);
        for (long id = 1; id <= employees; id++) {
            boolean manual = manualPercent > 0 && id % (100 / manualPercent) == 0;
            staff.add(new EmployeeExtension(id, manual ? String.valueOf(80000 + id * 7 % 19999) : null));
        }
    }

    @Benchmark
    public List<ExtensionAssignment> allocateAll() {
        return allocator.allocate(scheme, List.of(), staff);
    }
}
