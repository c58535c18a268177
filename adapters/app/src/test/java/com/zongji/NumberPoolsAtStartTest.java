package com.zongji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zongji.engine.numbering.NumberPools;
import com.zongji.engine.numbering.PoolImport;
import java.io.BufferedReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.test.util.ReflectionTestUtils;

class NumberPoolsAtStartTest {

    @Test
    void theConfiguredPoolFileIsLoadedAsUtf8AtStart() throws Exception {
        NumberPools pools = mock(NumberPools.class);
        List<String> read = new ArrayList<>();
        when(pools.load(any())).thenAnswer(call -> {
            read.addAll(new BufferedReader(call.<Reader>getArgument(0)).lines().toList());
            return new PoolImport(read.size() - 1, 0);
        });
        NumberPoolsAtStart atStart = new NumberPoolsAtStart(pools, new DefaultResourceLoader());
        ReflectionTestUtils.setField(atStart, "location", "classpath:pools/sample-pools.csv");

        atStart.run(new DefaultApplicationArguments());

        assertThat(read.get(0)).isEqualTo("number,province,city");
        assertThat(read).anyMatch(row -> row.endsWith(",湖北,恩施"));
    }
}
