package com.zongji.adapters.web.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.billing.Money;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.records.CdrParty;
import com.zongji.engine.records.CdrRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CdrWorkbookTest {

    private static final Instant NINE_AM_BEIJING = Instant.parse("2026-11-03T01:00:00Z");

    @Test
    void theHeadersAreTheBriefsThenMinutesAndCost() throws IOException {
        try (XSSFWorkbook book = written(1_000, List.of())) {
            assertThat(texts(book.getSheetAt(0).getRow(0))).containsExactly("通话时间", "主叫部门", "主叫姓名", "主叫号码",
                    "被叫部门", "被叫姓名", "被叫号码", "被叫身份", "通话时长", "计费分钟", "费用(元)", "非公事", "备注");
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void aRowShowsBeijingTimeThePartiesChineseIdentityDurationMinutesAndYuan() throws IOException {
        CdrRow call = new CdrRow(1, NINE_AM_BEIJING, new CdrParty("音视频", "刘力", "18627000001"),
                new CdrParty("楚天物流", "陈先生", "13807100077"), CalleeIdentity.EXTERNAL_CONTACT, 283, 5,
                Money.ofThousandths(480), true, "私事");

        try (XSSFWorkbook book = written(1_000, List.of(call))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 0));
            assertThat(new DataFormatter().formatCellValue(row.getCell(0))).isEqualTo("2026-11-03 09:00:00");
            assertThat(texts(row).subList(1, 9)).containsExactly("音视频", "刘力", "18627000001", "楚天物流", "陈先生",
                    "13807100077", "外部联系人", "4分43秒");
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(5);
            assertThat(new DataFormatter().formatCellValue(row.getCell(10))).isEqualTo("0.480");
            assertThat(texts(row).subList(11, 13)).containsExactly("是", "私事");
        }
    }

    @Test
    void durationsUnderAMinuteAreSecondsAndNoneIsZeroSeconds() throws IOException {
        try (XSSFWorkbook book = written(1_000, List.of(row(1, 41, CalleeIdentity.COLLEAGUE), row(2, 0, CalleeIdentity.OTHER)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("41秒");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("同事");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("0秒");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("其他");
        }
    }

    @Test
    void rowsBeyondASheetsLimitContinueOnANewSheetUnderTheSameHeader() throws IOException {
        List<CdrRow> rows = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            rows.add(row(i, i, CalleeIdentity.OTHER));
        }

        try (XSSFWorkbook book = written(3, rows)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("通话记录");
            assertThat(book.getSheetName(1)).isEqualTo("通话记录 2");
            for (int sheet = 0; sheet < 3; sheet++) {
                assertThat(book.getSheetAt(sheet).getRow(0).getCell(0).getStringCellValue()).isEqualTo("通话时间");
            }
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(book.getSheetAt(1).getRow(1).getCell(8).getStringCellValue()).isEqualTo("4秒");
            assertThat(book.getSheetAt(2).getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheetAt(2).getRow(1).getCell(8).getStringCellValue()).isEqualTo("7秒");
        }
    }

    @Test
    void aFullSheetHoldsExcelsRowLimitLessTheHeader() {
        assertThat(CdrWorkbook.SHEET_DATA_ROWS).isEqualTo(1_048_575);
    }

    private static CdrRow row(long id, int seconds, CalleeIdentity identity) {
        return new CdrRow(id, NINE_AM_BEIJING.plusSeconds(id), new CdrParty("音视频", "刘力", "18627000001"),
                new CdrParty(null, null, "13800138000"), identity, seconds, seconds == 0 ? 0 : 1, Money.ofThousandths(96), false, null);
    }

    private static XSSFWorkbook written(int rowsPerSheet, List<CdrRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CdrWorkbook workbook = new CdrWorkbook(rowsPerSheet)) {
            rows.forEach(workbook::add);
            workbook.writeTo(out);
            assertThat(workbook.rows()).isEqualTo(rows.size());
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(new DataFormatter().formatCellValue(cell)));
        return texts;
    }
}
