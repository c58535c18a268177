package com.zongji.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberPoolsTest {

    private final OfficeNumberRepository numbers = mock(OfficeNumberRepository.class);
    private final List<OfficeNumber> saved = new ArrayList<>();
    private final NumberPools pools = new NumberPools(numbers);

    NumberPoolsTest() {
        when(numbers.save(any())).thenAnswer(call -> {
            saved.add(call.getArgument(0));
            return call.getArgument(0);
        });
    }

    @Test
    void everyRowBecomesAFreeNumberOfItsCity() {
        PoolImport result = pools.load(new StringReader("""
                number,province,city
                02166668800,上海,上海
                07188226600, 湖北 , 恩施
                """));

        assertThat(result).isEqualTo(new PoolImport(2, 0));
        assertThat(saved).extracting(OfficeNumber::getNumber, OfficeNumber::getCity, OfficeNumber::getStatus)
                .containsExactly(
                        tuple("02166668800", "上海", NumberStatus.FREE),
                        tuple("07188226600", "恩施", NumberStatus.FREE));
    }

    @Test
    void numbersAlreadyInAPoolAreLeftAsTheyAre() {
        when(numbers.existsById("02166668800")).thenReturn(true);

        PoolImport result = pools.load(new StringReader("number,province,city\n02166668800,上海,上海\n02166668801,上海,上海\n"));

        assertThat(result).isEqualTo(new PoolImport(1, 1));
        assertThat(saved).extracting(OfficeNumber::getNumber).containsExactly("02166668801");
    }

    @Test
    void badRowsAreReportedByRowNumberAndNothingIsImported() {
        String csv = """
                number,province,city
                02166668800,上海,上海
                2166668801,上海,上海
                02166668802,上海
                02166668800,上海,上海
                02166668803,上海,
                """;

        assertThatThrownBy(() -> pools.load(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("未导入任何号码")
                .hasMessageContaining("第 3 行: 号码 \"2166668801\"")
                .hasMessageContaining("第 4 行: 应有 3 列")
                .hasMessageContaining("第 5 行: 号码 02166668800 在文件中重复")
                .hasMessageContaining("第 6 行: 省份和城市不能为空")
                .message().doesNotContain("第 2 行");
        verify(numbers, never()).save(any());
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        assertThatThrownBy(() -> pools.load(new StringReader("02166668800,上海,上海\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第 1 行必须是表头");
        verify(numbers, never()).save(any());
    }

    @Test
    void theShippedSamplePoolsCoverSeveralCitiesWithoutTheDemoTenantsNumbers() {
        var csv = new InputStreamReader(getClass().getResourceAsStream("/pools/sample-pools.csv"), StandardCharsets.UTF_8);

        pools.load(csv);

        assertThat(saved).extracting(OfficeNumber::getCity).contains("武汉", "北京", "上海", "广州", "恩施");
        assertThat(saved).extracting(OfficeNumber::getNumber)
                .noneMatch(number -> number.matches("027876543[0-4]\\d|010888866[0-4]\\d"));
        assertThat(saved).filteredOn(number -> number.getCity().equals("恩施")).hasSizeGreaterThanOrEqualTo(40);
    }
}
