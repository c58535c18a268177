package com.zongji.engine.numbering;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a carrier's number pools from CSV: a header {@code number,province,city}, then one number a row
 * (UTF-8; a leading byte-order mark, blank lines and surrounding spaces are tolerated). Every row is checked
 * first; a bad row is reported with its row number and then nothing is imported. Numbers already in a pool
 * are left as they are, so loading the same file again changes nothing.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class NumberPools {

    static final String HEADER = "number,province,city";

    /** A mainland fixed number with its area code: 0, then 9 to 11 digits. */
    private static final Pattern FIXED_NUMBER = Pattern.compile("0\\d{9,11}");

    private final OfficeNumberRepository numbers;

    public PoolImport load(Reader csv) {
        List<OfficeNumber> rows = parse(csv);
        int imported = 0;
        for (OfficeNumber row : rows) {
            if (!numbers.existsById(row.getNumber())) {
                numbers.save(row);
                imported++;
            }
        }
        return new PoolImport(imported, rows.size() - imported);
    }

    private static List<OfficeNumber> parse(Reader csv) {
        List<String> lines = readLines(csv);
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || !normalisedHeader(lines.get(0)).equals(HEADER)) {
            throw new IllegalArgumentException("号码池文件第 1 行必须是表头 " + HEADER + " (header row missing)");
        }
        List<OfficeNumber> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            int rowNumber = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                problems.add("第 " + rowNumber + " 行: 应有 3 列(号码,省份,城市),实有 " + cells.length + " 列");
                continue;
            }
            String number = cells[0].strip();
            String province = cells[1].strip();
            String city = cells[2].strip();
            if (!FIXED_NUMBER.matcher(number).matches()) {
                problems.add("第 " + rowNumber + " 行: 号码 \"" + number + "\" 不是带区号的固定电话号码");
            } else if (!seen.add(number)) {
                problems.add("第 " + rowNumber + " 行: 号码 " + number + " 在文件中重复");
            }
            if (province.isEmpty() || city.isEmpty()) {
                problems.add("第 " + rowNumber + " 行: 省份和城市不能为空");
            }
            rows.add(new OfficeNumber(number, province, city));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("号码池文件有误,未导入任何号码 (nothing imported): " + String.join("; ", problems));
        }
        return rows;
    }

    private static String normalisedHeader(String line) {
        return line.replace("\uFEFF", "").replace(" ", "").toLowerCase();
    }

    private static List<String> readLines(Reader csv) {
        try (BufferedReader reader = new BufferedReader(csv)) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
